package main

import "fmt"

type Counter struct {
	n int
}

func inc(c *Counter, lock chan bool, times int, done chan<- bool) {
	for i := 0; i < times; i++ {
		lock <- true
		c.n++
		<-lock
	}
	done <- true
}

func main() {
	c := &Counter{}
	lock := make(chan bool, 1)
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go inc(c, lock, 5000, done)
	}
	for i := 0; i < 8; i++ {
		<-done
	}
	fmt.Println(c.n)
}
