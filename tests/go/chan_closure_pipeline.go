package main

import "fmt"

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- f(v)
		}
		close(out)
	}()
	return out
}

func main() {
	src := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			src <- i
		}
		close(src)
	}()
	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	offset := 3
	shift := func(x int) int { return x + offset }
	for v := range stage(stage(stage(src, double), square), shift) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
