package main

import "fmt"

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int)
	go produce(c, 7)
	total := 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			total += v
			if v == 3 {
				fmt.Println("three")
				continue
			}
		}
	}
	fmt.Println("total", total)
}
