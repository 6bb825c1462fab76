package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("slept")
	<-c
}
