// A spin lock built on atomic.CompareAndSwapInt32 that yields with
// runtime.Gosched while it waits, guarding a plain counter.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spin struct{ state int32 }

func (s *spin) lock() {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		runtime.Gosched()
	}
}

func (s *spin) unlock() { atomic.StoreInt32(&s.state, 0) }

func main() {
	var s spin
	var wg sync.WaitGroup
	counter := 0
	var ops atomic.Int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.lock()
				v := counter
				runtime.Gosched()
				counter = v + 1
				s.unlock()
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter, ops.Load(), atomic.LoadInt32(&s.state))
}
