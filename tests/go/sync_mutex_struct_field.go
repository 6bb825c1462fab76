// sync.Mutex as a value field of user structs (type C struct{ mu
// sync.Mutex; n int }), by pointer and embedded in a slice of structs,
// locked by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type C struct {
	mu sync.Mutex
	n  int
}

func (c *C) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

type Bank struct {
	accounts [4]struct {
		mu      sync.Mutex
		balance int
	}
}

func (b *Bank) transfer(from, to, amt int) {
	first, second := from, to
	if first > second {
		first, second = second, first
	}
	b.accounts[first].mu.Lock()
	b.accounts[second].mu.Lock()
	b.accounts[from].balance -= amt
	b.accounts[to].balance += amt
	b.accounts[second].mu.Unlock()
	b.accounts[first].mu.Unlock()
}

func main() {
	var c C
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	fmt.Println("n =", c.n)

	b := &Bank{}
	for i := range b.accounts {
		b.accounts[i].balance = 100
	}
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			b.transfer(i%4, (i+1)%4, i)
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := range b.accounts {
		sum += b.accounts[i].balance
		fmt.Print(b.accounts[i].balance, " ")
	}
	fmt.Println("sum", sum)
	cs := make([]C, 3)
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cs[i%3].Inc()
		}(i)
	}
	wg.Wait()
	fmt.Println(cs[0].n, cs[1].n, cs[2].n)
}
