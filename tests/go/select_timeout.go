package main

import (
	"fmt"
	"time"
)

func slow(out chan<- string, d time.Duration) {
	time.Sleep(d)
	out <- "result"
}

func timer(d time.Duration, out chan<- bool) {
	time.Sleep(d)
	out <- true
}

func main() {
	res := make(chan string, 1)
	timeout := make(chan bool, 1)
	go slow(res, 200*time.Millisecond)
	go timer(20*time.Millisecond, timeout)
	select {
	case r := <-res:
		fmt.Println(r)
	case <-timeout:
		fmt.Println("timeout")
	}
	res2 := make(chan string, 1)
	timeout2 := make(chan bool, 1)
	go slow(res2, 10*time.Millisecond)
	go timer(300*time.Millisecond, timeout2)
	select {
	case r := <-res2:
		fmt.Println(r)
	case <-timeout2:
		fmt.Println("timeout")
	}
}
