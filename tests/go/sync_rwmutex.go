package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func reader(s *Store, key string, n int, wg *sync.WaitGroup, sum *int, smu *sync.Mutex) {
	for i := 0; i < n; i++ {
		s.mu.RLock()
		v := s.data[key]
		s.mu.RUnlock()
		smu.Lock()
		*sum += v
		smu.Unlock()
	}
	wg.Done()
}

func writer(s *Store, key string, n int, wg *sync.WaitGroup) {
	for i := 0; i < n; i++ {
		s.mu.Lock()
		s.data[key] = s.data[key] + 1
		s.mu.Unlock()
	}
	wg.Done()
}

func main() {
	s := &Store{data: map[string]int{}}
	var wg sync.WaitGroup
	var smu sync.Mutex
	sum := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go writer(s, "k", 500, &wg)
	}
	wg.Wait()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go reader(s, "k", 10, &wg, &sum, &smu)
	}
	wg.Wait()
	fmt.Println(s.data["k"], sum)
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	rw.Unlock()
	fmt.Println("ok")
}
