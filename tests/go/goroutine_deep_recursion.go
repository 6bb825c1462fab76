package main

import "fmt"

type node struct {
	val  int
	next *node
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var buf [4]int
	buf[n%4] = n
	return depth(n-1) + 1 + buf[n%4] - n
}

func run(n int, out chan<- int) {
	out <- depth(n)
}

func main() {
	out := make(chan int)
	go run(1000000, out)
	go run(500000, out)
	a := <-out
	b := <-out
	fmt.Println(a + b)
}
