./atomic_counter_vs_mutex.go:13:6: moved to heap: a
./atomic_counter_vs_mutex.go:14:6: moved to heap: m
./atomic_counter_vs_mutex.go:15:6: moved to heap: mu
./atomic_counter_vs_mutex.go:17:2: moved to heap: c
./atomic_counter_vs_mutex.go:18:6: moved to heap: wg
./atomic_counter_vs_mutex.go:21:6: func literal escapes to heap
./atomic_counter_vs_mutex.go:38:13: ... argument does not escape
./atomic_counter_vs_mutex.go:38:30: "sync/atomic".LoadInt64(&a) escapes to heap
./atomic_counter_vs_mutex.go:38:30: m escapes to heap
./atomic_counter_vs_mutex.go:38:30: c escapes to heap
./atomic_counter_vs_mutex.go:38:62: runtime.NumGoroutine() escapes to heap
