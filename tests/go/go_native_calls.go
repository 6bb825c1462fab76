// go on natives and on native methods: go wg.Done(), go fmt.Println(x),
// go mu.Unlock(), go time.Sleep(d); their arguments are evaluated at the
// go statement.
package main

import (
	"fmt"
	"sync"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var wg sync.WaitGroup
	wg.Add(10)
	for i := 0; i < 10; i++ {
		go wg.Done()
	}
	wg.Wait()
	fmt.Println("ten Done calls")

	done := make(chan bool)
	x := 7
	go fmt.Println("printed by a goroutine:", x, []int{1, 2})
	x = 8
	go func() { done <- true }()
	<-done
	time.Sleep(time.Millisecond)

	var mu sync.Mutex
	mu.Lock()
	go mu.Unlock()
	mu.Lock()
	fmt.Println("unlocked by another goroutine")
	mu.Unlock()

	c := &counter{}
	c.mu.Lock()
	go c.mu.Unlock()
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	fmt.Println("counter", c.n)

	go time.Sleep(time.Millisecond)
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go wg2.Wait()
	go wg2.Done()
	wg2.Wait()
	args := []interface{}{"spread", 3, true}
	wg.Add(1)
	go fmt.Println(args...)
	go wg.Done()
	wg.Wait()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("end")
}
