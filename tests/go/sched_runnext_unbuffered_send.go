// A sender that prints between sends on an unbuffered channel: the
// receiver, readied by each hand-off, runs next.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan string)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for s := range ch {
			fmt.Println("recv", s)
		}
		fmt.Println("closed")
	}()
	for _, s := range []string{"a", "b", "c", "d"} {
		fmt.Println("send", s)
		ch <- s
	}
	close(ch)
	wg.Wait()
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			fmt.Println("locked by", i)
			mu.Unlock()
		}(i)
	}
	runtime.Gosched()
	fmt.Println("main unlocks")
	mu.Unlock()
	wg.Wait()
}
