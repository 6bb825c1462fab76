package main

import (
	"fmt"
	"time"
)

func closer(c chan int) {
	time.Sleep(10 * time.Millisecond)
	close(c)
}

func main() {
	c := make(chan int)
	go closer(c)
	fmt.Println("sending")
	c <- 5
}
