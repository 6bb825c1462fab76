package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu    sync.Mutex
	total int
}

func worker(id int, wg *sync.WaitGroup, acc *Acc) {
	for i := 0; i < 1000; i++ {
		acc.mu.Lock()
		acc.total += id
		acc.mu.Unlock()
	}
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	acc := &Acc{}
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go worker(i, &wg, acc)
	}
	wg.Wait()
	fmt.Println(acc.total)
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	mu.Lock()
	mu.Unlock()
}
