package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	c := &Counter{}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(k int) {
			c.Inc()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n)
	results := make(chan string)
	for _, name := range []string{"a", "b", "c"} {
		n := name
		go func() { results <- n + n }()
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(len(got), got["aa"], got["bb"], got["cc"])
	go c.Inc()
	var once sync.WaitGroup
	once.Add(1)
	f := func() { c.Inc(); once.Done() }
	go f()
	once.Wait()
	fmt.Println(c.n >= 51)
}
