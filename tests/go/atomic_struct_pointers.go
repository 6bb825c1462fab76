// atomic types inside heap structs reached through pointers and slices,
// updated by many goroutines; a CAS-based maximum.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type metrics struct {
	requests atomic.Int64
	errors   atomic.Int32
	maxLat   atomic.Int64
}

func (m *metrics) observe(lat int64, failed bool) {
	m.requests.Add(1)
	if failed {
		m.errors.Add(1)
	}
	for {
		cur := m.maxLat.Load()
		if lat <= cur || m.maxLat.CompareAndSwap(cur, lat) {
			return
		}
	}
}

func main() {
	shards := []*metrics{{}, {}, {}}
	var wg sync.WaitGroup
	for i := 0; i < 90; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			shards[i%3].observe(int64(i*7%50), i%5 == 0)
		}(i)
	}
	wg.Wait()
	var total int64
	for k, m := range shards {
		total += m.requests.Load()
		fmt.Println("shard", k, m.requests.Load(), m.errors.Load(), m.maxLat.Load())
	}
	fmt.Println("total", total)
	var flags uint32
	for i := 0; i < 32; i += 3 {
		wg.Add(1)
		go func(bit int) {
			defer wg.Done()
			for {
				old := atomic.LoadUint32(&flags)
				if atomic.CompareAndSwapUint32(&flags, old, old|1<<uint(bit)) {
					return
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Printf("%032b\n", flags)
}
