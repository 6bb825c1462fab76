package main

import (
	"fmt"
	"sync"
)

func run(id int, wg *sync.WaitGroup, mu *sync.Mutex, log *[]string) {
	defer wg.Done()
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		*log = append(*log, fmt.Sprint("done ", id))
	}()
	mu.Lock()
	*log = append(*log, fmt.Sprint("start ", id))
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go run(i, &wg, &mu, &log)
	}
	wg.Wait()
	starts, dones := 0, 0
	for _, l := range log {
		if l[0] == 's' {
			starts++
		} else {
			dones++
		}
	}
	fmt.Println(len(log), starts, dones)
}
