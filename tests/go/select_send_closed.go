package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("select")
	select {
	case c <- 1:
	default:
	}
}
