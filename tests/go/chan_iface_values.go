package main

import "fmt"

func main() {
	c := make(chan interface{}, 4)
	c <- 1
	c <- "two"
	c <- 3.5
	c <- []int{4}
	close(c)
	for v := range c {
		fmt.Printf("%T %v\n", v, v)
	}
	e := make(chan error, 1)
	e <- nil
	fmt.Println(<-e == nil)
}
