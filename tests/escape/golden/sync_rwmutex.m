./sync_rwmutex.go:13:13: leaking param: s
./sync_rwmutex.go:13:23: key does not escape
./sync_rwmutex.go:13:42: leaking param: wg
./sync_rwmutex.go:13:62: sum does not escape
./sync_rwmutex.go:13:72: leaking param: smu
./sync_rwmutex.go:25:13: leaking param: s
./sync_rwmutex.go:25:23: leaking param: key
./sync_rwmutex.go:25:42: leaking param: wg
./sync_rwmutex.go:36:6: moved to heap: wg
./sync_rwmutex.go:37:6: moved to heap: smu
./sync_rwmutex.go:38:2: moved to heap: sum
./sync_rwmutex.go:50:6: moved to heap: rw
./sync_rwmutex.go:35:7: &Store{...} escapes to heap
./sync_rwmutex.go:35:34: map[string]int{} escapes to heap
./sync_rwmutex.go:49:13: ... argument does not escape
./sync_rwmutex.go:49:20: s.data["k"] escapes to heap
./sync_rwmutex.go:49:20: sum escapes to heap
./sync_rwmutex.go:57:13: ... argument does not escape
./sync_rwmutex.go:57:14: "ok" escapes to heap
