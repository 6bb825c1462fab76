package main

import "fmt"

func main() {
	c := make(chan int, 5)
	fmt.Println(len(c), cap(c))
	for i := 0; i < 5; i++ {
		c <- i * i
	}
	fmt.Println(len(c), cap(c))
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}
	c <- 100
	c <- 200
	c <- 300
	fmt.Println(len(c))
	close(c)
	for v := range c {
		fmt.Println("range", v)
	}
	v, ok := <-c
	fmt.Println(v, ok, len(c))
}
