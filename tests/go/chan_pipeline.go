package main

import "fmt"

func gen(nums []int, out chan<- int) {
	for _, n := range nums {
		out <- n
	}
	close(out)
}

func sq(in <-chan int, out chan<- int) {
	for n := range in {
		out <- n * n
	}
	close(out)
}

func add(in <-chan int, k int, out chan<- int) {
	for n := range in {
		out <- n + k
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int, 2)
	go gen([]int{1, 2, 3, 4, 5, 6, 7, 8}, a)
	go sq(a, b)
	go add(b, 1000, c)
	total := 0
	for v := range c {
		fmt.Println(v)
		total += v
	}
	fmt.Println("total", total)
}
