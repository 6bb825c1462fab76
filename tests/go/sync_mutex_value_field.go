package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func inc(c *SafeCounter, key string, wg *sync.WaitGroup) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
	wg.Done()
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go inc(&c, "somekey", &wg)
	}
	wg.Wait()
	c.mu.Lock()
	fmt.Println(c.v["somekey"])
	c.mu.Unlock()
}
