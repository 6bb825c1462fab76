package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func (c *Counter) Get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[k]
}

func work(c *Counter, wg *sync.WaitGroup, i int) {
	defer wg.Done()
	for j := 0; j < 50; j++ {
		c.Inc([]string{"a", "b"}[i%2])
	}
}

func main() {
	c := &Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go work(c, &wg, i)
	}
	wg.Wait()
	fmt.Println(c.Get("a"), c.Get("b"))
	var mu sync.Mutex
	func() {
		mu.Lock()
		defer mu.Unlock()
		fmt.Println("locked once")
	}()
	func() {
		mu.Lock()
		defer mu.Unlock()
		fmt.Println("locked twice")
	}()
}
