package main

import (
	"fmt"
	"time"
)

func main() {
	var f func(int)
	fmt.Println("starting")
	go f(1)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
