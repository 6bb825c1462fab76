package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("closing done")
	c <- 1
}
