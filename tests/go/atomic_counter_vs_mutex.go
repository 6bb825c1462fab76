// The same count kept three ways by 64 goroutines that yield between
// steps: atomic.AddInt64, a Mutex, and a channel semaphore; all agree.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var a int64
	var m int
	var mu sync.Mutex
	sem := make(chan struct{}, 1)
	c := 0
	var wg sync.WaitGroup
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				atomic.AddInt64(&a, 2)
				mu.Lock()
				m += 2
				mu.Unlock()
				sem <- struct{}{}
				c += 2
				<-sem
				if i%10 == g%10 {
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&a), m, c, runtime.NumGoroutine())
}
