// pingpong.go: two goroutines hand a counter back and forth 1,000,000
// times over unbuffered channels: every hand-off is a channel operation
// and a goroutine switch. The Lua twin hands it between two coroutines
// with resume/yield.
package main

import "fmt"

func player(in <-chan int, out chan<- int, done chan<- int, n int) {
	for {
		v := <-in
		if v >= n {
			done <- v
			return
		}
		out <- v + 1
	}
}

func main() {
	const n = 1000000
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan int)
	go player(ping, pong, done, n)
	go player(pong, ping, done, n)
	ping <- 0
	fmt.Println(<-done)
}
