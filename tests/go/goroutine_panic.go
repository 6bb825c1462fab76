package main

import (
	"fmt"
	"time"
)

func boom(n int) {
	a := []int{1, 2, 3}
	fmt.Println("in goroutine")
	fmt.Println(a[n])
}

func main() {
	go boom(5)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
