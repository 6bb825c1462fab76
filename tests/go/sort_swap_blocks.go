package main

import (
	"fmt"
	"sort"
	"sync"
)

// A sort.Interface whose Swap takes a mutex another goroutine holds at
// times, and whose Less asks a server goroutine: the callbacks block, the
// other goroutines run meanwhile, and several sorts run at once.
type shared struct {
	mu   sync.Mutex
	xs   []int
	cmp  chan [2]int
	resp chan bool
}

func (s *shared) Len() int { return len(s.xs) }
func (s *shared) Less(i, j int) bool {
	s.cmp <- [2]int{s.xs[i], s.xs[j]}
	return <-s.resp
}
func (s *shared) Swap(i, j int) {
	s.mu.Lock()
	s.xs[i], s.xs[j] = s.xs[j], s.xs[i]
	s.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	results := make([][]int, 3)
	for k := 0; k < 3; k++ {
		s := &shared{cmp: make(chan [2]int), resp: make(chan bool)}
		for i := 0; i < 25; i++ {
			s.xs = append(s.xs, (i*13+k*5)%25)
		}
		go func() {
			for p := range s.cmp {
				s.resp <- p[0] < p[1]
			}
		}()
		go func() {
			for i := 0; i < 50; i++ {
				s.mu.Lock()
				s.mu.Unlock()
			}
		}()
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			sort.Stable(s)
			close(s.cmp)
			results[k] = s.xs
		}(k)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
