./atomic_counters.go:20:6: moved to heap: n
./atomic_counters.go:21:6: moved to heap: n32
./atomic_counters.go:22:6: moved to heap: wg
./atomic_counters.go:36:6: moved to heap: u32
./atomic_counters.go:37:6: moved to heap: u64
./atomic_counters.go:38:6: moved to heap: up
./atomic_counters.go:51:6: moved to heap: s
./atomic_counters.go:25:6: func literal escapes to heap
./atomic_counters.go:34:13: ... argument does not escape
./atomic_counters.go:34:30: atomic.LoadInt64(&n) escapes to heap
./atomic_counters.go:34:52: atomic.LoadInt32(&n32) escapes to heap
./atomic_counters.go:39:13: ... argument does not escape
./atomic_counters.go:39:30: atomic.AddUint32(&u32, ^uint32(0)) escapes to heap
./atomic_counters.go:39:66: atomic.AddUint64(&u64, 5) escapes to heap
./atomic_counters.go:39:94: atomic.AddUintptr(&up, 4) escapes to heap
./atomic_counters.go:40:13: ... argument does not escape
./atomic_counters.go:40:30: atomic.SwapInt64(&n, 9) escapes to heap
./atomic_counters.go:40:30: n escapes to heap
./atomic_counters.go:40:59: atomic.SwapUint32(&u32, 1) escapes to heap
./atomic_counters.go:40:59: u32 escapes to heap
./atomic_counters.go:41:13: ... argument does not escape
./atomic_counters.go:41:40: atomic.CompareAndSwapInt64(&n, 8, 1) escapes to heap
./atomic_counters.go:41:40: n escapes to heap
./atomic_counters.go:41:81: atomic.CompareAndSwapInt64(&n, 9, 1) escapes to heap
./atomic_counters.go:41:81: n escapes to heap
./atomic_counters.go:42:13: ... argument does not escape
./atomic_counters.go:42:40: atomic.CompareAndSwapInt32(&n32, -5000, 7) escapes to heap
./atomic_counters.go:42:40: n32 escapes to heap
./atomic_counters.go:46:13: ... argument does not escape
./atomic_counters.go:46:13: n escapes to heap
./atomic_counters.go:46:13: u64 escapes to heap
./atomic_counters.go:46:37: atomic.AddInt32(&n32, 1) escapes to heap
./atomic_counters.go:46:65: atomic.LoadUint64(&u64) escapes to heap
./atomic_counters.go:46:91: atomic.LoadUintptr(&up) escapes to heap
./atomic_counters.go:48:13: ... argument does not escape
./atomic_counters.go:48:41: atomic.CompareAndSwapUint64(&u64, 1 << 63, 2) escapes to heap
./atomic_counters.go:48:77: atomic.SwapUintptr(&up, 5) escapes to heap
./atomic_counters.go:48:77: up escapes to heap
./atomic_counters.go:48:108: atomic.LoadUint32(&u32) escapes to heap
./atomic_counters.go:49:13: ... argument does not escape
./atomic_counters.go:49:41: atomic.CompareAndSwapUint32(&u32, 1, 2) escapes to heap
./atomic_counters.go:49:83: atomic.CompareAndSwapUintptr(&up, 5, 6) escapes to heap
./atomic_counters.go:49:112: atomic.SwapInt32(&n32, 4) escapes to heap
./atomic_counters.go:49:140: atomic.SwapUint64(&u64, 0) escapes to heap
./atomic_counters.go:54:6: func literal escapes to heap
./atomic_counters.go:70:13: ... argument does not escape
./atomic_counters.go:70:25: (*atomic.Int64).Load(s.hits) escapes to heap
./atomic_counters.go:70:40: (*atomic.Int32).Load(s.miss) escapes to heap
./atomic_counters.go:70:56: (*atomic.Uint64).Load(s.bytes) escapes to heap
./atomic_counters.go:70:72: (*atomic.Uint32).Load(s.flags) escapes to heap
./atomic_counters.go:72:13: ... argument does not escape
./atomic_counters.go:72:25: (*atomic.Int64).Swap(s.hits, 5) escapes to heap
./atomic_counters.go:72:41: (*atomic.Int64).Load(s.hits) escapes to heap
./atomic_counters.go:72:56: (*atomic.Int32).Swap(s.miss, -1) escapes to heap
./atomic_counters.go:72:74: (*atomic.Uint64).Swap(s.bytes, 1) escapes to heap
./atomic_counters.go:72:91: (*atomic.Uint32).Swap(s.flags, 0) escapes to heap
./atomic_counters.go:73:7: &atomic.Int64{} escapes to heap
./atomic_counters.go:75:13: ... argument does not escape
./atomic_counters.go:75:20: (*atomic.Int64).Load(p) escapes to heap
./atomic_counters.go:75:40: (*atomic.Int64).CompareAndSwap(p, -7, 7) escapes to heap
./atomic_counters.go:75:55: (*atomic.Int64).Load(p) escapes to heap
