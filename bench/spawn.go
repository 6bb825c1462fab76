// spawn.go: 100,000 goroutines blocked on one channel at once, then
// released. Measures what a goroutine costs: `/usr/bin/time -v vm
// bench/spawn.go` gives the peak RSS (issue 5: at most 3 KB each), and
// `vm -stats` the stack bytes. The Lua twin parks as many coroutines.
package main

import (
	"fmt"
	"os"
	"runtime"
)

func wait(start chan int, done chan int) {
	v := <-start
	done <- v
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n = 0
		for _, c := range os.Args[1] {
			n = n*10 + int(c-'0')
		}
	}
	start := make(chan int)
	done := make(chan int, 100)
	for i := 0; i < n; i++ {
		go wait(start, done)
	}
	runtime.Gosched()
	live := runtime.NumGoroutine()
	sum := 0
	for i := 0; i < n; i++ {
		start <- 1
		sum += <-done
	}
	fmt.Println(live, sum)
}
