// A token passed around a ring of goroutines over unbuffered channels,
// each printing as it forwards: with one processor every hand-off runs the
// receiver next, so the hops print in ring order.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	const n = 5
	chans := make([]chan int, n+1)
	for i := range chans {
		chans[i] = make(chan int)
	}
	for i := 0; i < n; i++ {
		go func(i int) {
			for v := range chans[i] {
				fmt.Println("node", i, "forwards", v)
				chans[i+1] <- v + 1
			}
			close(chans[i+1])
		}(i)
	}
	for round := 0; round < 2; round++ {
		fmt.Println("round", round)
		chans[0] <- round * 100
		fmt.Println("back:", <-chans[n])
	}
	close(chans[0])
	_, ok := <-chans[n]
	fmt.Println("ring closed:", !ok)
}
