package main

import "fmt"

func producer(id int, n int, out chan<- int, done chan<- int) {
	for i := 0; i < n; i++ {
		out <- id*100 + i
	}
	done <- id
}

func main() {
	out := make(chan int)
	done := make(chan int)
	for p := 1; p <= 4; p++ {
		go producer(p, 5, out, done)
	}
	sum := 0
	count := 0
	finished := 0
	for finished < 4 {
		select {
		case v := <-out:
			sum += v
			count++
		case <-done:
			finished++
		}
	}
	fmt.Println("count", count, "sum", sum)
}
