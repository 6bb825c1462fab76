package main

import (
	"fmt"
	"time"
)

func after(d time.Duration) <-chan bool {
	c := make(chan bool, 1)
	go func() {
		time.Sleep(d)
		c <- true
	}()
	return c
}

func main() {
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
			time.Sleep(2 * time.Millisecond)
		}
	}()
	timeout := after(50 * time.Millisecond)
	n := 0
	for {
		select {
		case <-ticks:
			n++
			continue
		case <-timeout:
		}
		break
	}
	fmt.Println(n > 5, n < 40)
}
