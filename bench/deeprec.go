// deeprec.go: deep recursion on goroutine stacks. Each round starts a
// goroutine whose 2 KB stack must grow (by copying, or by chaining
// segments under -stackmode=segmented) to hold 200,000 frames, then
// unwinds. The Lua twin recurses as deep in a coroutine.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func round(n int, out chan int) {
	out <- depth(n)
}

func main() {
	out := make(chan int)
	total := 0
	for i := 0; i < 20; i++ {
		go round(200000, out)
		total += <-out
	}
	fmt.Println(total)
}
