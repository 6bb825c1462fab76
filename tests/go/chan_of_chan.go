package main

import "fmt"

func server(reqs <-chan chan int) {
	n := 0
	for r := range reqs {
		n++
		r <- n * 10
	}
}

func main() {
	reqs := make(chan chan int)
	go server(reqs)
	for i := 0; i < 4; i++ {
		reply := make(chan int)
		reqs <- reply
		fmt.Println(<-reply)
	}
	close(reqs)
}
