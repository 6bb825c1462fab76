package main

import "fmt"

func sum(n int, out chan<- int) {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	out <- s
}

func main() {
	out := make(chan int)
	go sum(100, out)
	fmt.Println(<-out)
	fmt.Println(<-out)
}
