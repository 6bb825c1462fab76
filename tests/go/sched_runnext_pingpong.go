// An unbuffered ping-pong that prints on both sides: with one processor,
// each hand-off runs the readied goroutine next (Go's runnext), so the
// lines interleave exactly.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("pong got", v)
			pong <- v * 2
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			fmt.Println("main side got", v)
		}
		done <- true
	}()
	for i := 1; i <= 5; i++ {
		fmt.Println("ping sends", i)
		ping <- i
	}
	close(ping)
	<-done
	fmt.Println("done")
}
