package main

import "fmt"

func waiter(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go waiter(c)
	}
	d := make(chan int)
	fmt.Println("all blocked")
	d <- 1
}
