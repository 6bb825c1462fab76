package main

import (
	"fmt"
	"runtime"
)

func block(c chan int) {
	<-c
}

func main() {
	fmt.Println(runtime.NumGoroutine())
	c := make(chan int)
	for i := 0; i < 10; i++ {
		go block(c)
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	for i := 0; i < 10; i++ {
		c <- i
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
}
