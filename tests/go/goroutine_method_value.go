package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	sum int
	mu  sync.Mutex
	wg  *sync.WaitGroup
}

func (a *Acc) Add(n int) {
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
	a.wg.Done()
}

type Greeter string

func (g Greeter) Greet(out chan<- string, who string) {
	out <- string(g) + ", " + who
}

func main() {
	var wg sync.WaitGroup
	a := &Acc{wg: &wg}
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go a.Add(i)
	}
	wg.Wait()
	fmt.Println(a.sum)
	out := make(chan string)
	g := Greeter("hello")
	go g.Greet(out, "world")
	fmt.Println(<-out)
	add := a.Add
	wg.Add(1)
	go add(1000)
	wg.Wait()
	fmt.Println(a.sum)
}
