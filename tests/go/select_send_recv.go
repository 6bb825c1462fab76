package main

import "fmt"

func consumer(c <-chan int, done chan<- int) {
	s := 0
	for v := range c {
		s += v
	}
	done <- s
}

func main() {
	c := make(chan int)
	quit := make(chan int)
	done := make(chan int)
	go consumer(c, done)
	x, y := 0, 1
	for i := 0; i < 20; i++ {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			return
		}
	}
	close(c)
	fmt.Println(x, <-done)
}
