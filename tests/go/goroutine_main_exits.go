package main

import "fmt"

func forever(c chan int) {
	for i := 0; ; i++ {
		c <- i
	}
}

func main() {
	c := make(chan int)
	go forever(c)
	for i := 0; i < 5; i++ {
		fmt.Println(<-c)
	}
	fmt.Println("main returns; the other goroutine is abandoned")
}
