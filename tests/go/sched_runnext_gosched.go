// go f(); runtime.Gosched(): f runs before main continues; several go
// statements in a row: the last one started runs first (it holds runnext),
// then the others in order.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	go fmt.Println("f runs first")
	runtime.Gosched()
	fmt.Println("main after Gosched")
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) {
			fmt.Println("worker", i)
			done <- i
		}(i)
	}
	for i := 0; i < 5; i++ {
		fmt.Println("received", <-done)
	}
	for i := 0; i < 3; i++ {
		go func(i int) { fmt.Println("yielded to", i) }(i)
		runtime.Gosched()
	}
	fmt.Println("end")
}
