// sync/atomic: counters bumped by many goroutines, every function of the
// package on int32, int64, uint32, uint64 and uintptr, and the Int64,
// Int32, Uint32, Uint64 types (also as struct fields).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits  atomic.Int64
	miss  atomic.Int32
	bytes atomic.Uint64
	flags atomic.Uint32
}

func main() {
	var n int64
	var n32 int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				atomic.AddInt64(&n, 1)
				atomic.AddInt32(&n32, -1)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadInt32(&n32))

	var u32 uint32 = 10
	var u64 uint64 = 1 << 40
	var up uintptr = 3
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, 5), atomic.AddUintptr(&up, 4))
	fmt.Println(atomic.SwapInt64(&n, 9), n, atomic.SwapUint32(&u32, 1), u32)
	fmt.Println(atomic.CompareAndSwapInt64(&n, 8, 1), n, atomic.CompareAndSwapInt64(&n, 9, 1), n)
	fmt.Println(atomic.CompareAndSwapInt32(&n32, -5000, 7), n32)
	atomic.StoreInt64(&n, -3)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreInt32(&n32, 1<<31-1)
	fmt.Println(n, u64, atomic.AddInt32(&n32, 1), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 0)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 1<<63, 2), atomic.SwapUintptr(&up, 5), up, atomic.LoadUint32(&u32))
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 1, 2), atomic.CompareAndSwapUintptr(&up, 5, 6), atomic.SwapInt32(&n32, 4), atomic.SwapUint64(&u64, 0))

	var s stats
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s.hits.Add(2)
			if i%3 == 0 {
				s.miss.Add(1)
			}
			s.bytes.Add(uint64(i))
			for {
				old := s.flags.Load()
				if s.flags.CompareAndSwap(old, old|1<<uint(i%8)) {
					break
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(s.hits.Load(), s.miss.Load(), s.bytes.Load(), s.flags.Load())
	s.hits.Store(100)
	fmt.Println(s.hits.Swap(5), s.hits.Load(), s.miss.Swap(-1), s.bytes.Swap(1), s.flags.Swap(0))
	p := &atomic.Int64{}
	p.Add(-7)
	fmt.Println(p.Load(), p.CompareAndSwap(-7, 7), p.Load())
}
