// Releases by the running goroutine (WaitGroup reaching zero, a mutex
// handed to its waiter, a channel send) run the readied goroutine next:
// with one processor the prints interleave in Go's order.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	go func() {
		wg.Wait()
		fmt.Println("waiter released")
	}()
	runtime.Gosched()
	fmt.Println("main calls Done")
	wg.Done()
	fmt.Println("main after Done")
	runtime.Gosched()
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("goroutine got the lock")
		mu.Unlock()
		done <- true
	}()
	runtime.Gosched()
	fmt.Println("main unlocks")
	mu.Unlock()
	fmt.Println("main after unlock")
	<-done
	ch := make(chan int)
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		ch <- i
		fmt.Println("sent", i)
	}
	close(ch)
	<-done
}
