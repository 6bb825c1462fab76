package main

import "fmt"

func worker(id int, in <-chan int, out chan<- int) {
	v := <-in
	out <- v + id
}

func main() {
	const n = 10000
	in := make(chan int)
	out := make(chan int, n)
	for i := 0; i < n; i++ {
		go worker(i, in, out)
	}
	for i := 0; i < n; i++ {
		in <- 1
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-out
	}
	fmt.Println(sum)
}
