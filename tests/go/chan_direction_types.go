package main

import "fmt"

func onlySend(c chan<- int) {
	c <- 1
	fmt.Printf("%T %d\n", c, cap(c))
}

func onlyRecv(c <-chan int) int {
	fmt.Printf("%T\n", c)
	return <-c
}

func main() {
	c := make(chan int, 3)
	fmt.Printf("%T\n", c)
	onlySend(c)
	fmt.Println(onlyRecv(c))
	var s chan<- string
	var r <-chan bool
	fmt.Println(s == nil, r == nil)
}
