package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]string{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			defer func() {
				r := recover()
				mu.Lock()
				defer mu.Unlock()
				results[id] = fmt.Sprint(r)
			}()
			a := []int{1, 2, 3}
			_ = a[id]
		}(i)
	}
	wg.Wait()
	for i := 0; i < 5; i++ {
		fmt.Println(i, results[i])
	}
	done := make(chan string)
	go func() {
		defer close(done)
		defer func() { done <- fmt.Sprint("closure goroutine recovered: ", recover()) }()
		var m map[string]bool
		m["x"] = true
	}()
	for s := range done {
		fmt.Println(s)
	}
}
