./atomic_spinlock.go:14:7: leaking param: s
./atomic_spinlock.go:20:7: leaking param: s
./atomic_spinlock.go:23:6: moved to heap: s
./atomic_spinlock.go:24:6: moved to heap: wg
./atomic_spinlock.go:25:2: moved to heap: counter
./atomic_spinlock.go:26:6: moved to heap: ops
./atomic_spinlock.go:29:6: func literal escapes to heap
./atomic_spinlock.go:42:13: ... argument does not escape
./atomic_spinlock.go:42:13: counter escapes to heap
./atomic_spinlock.go:42:31: (*"sync/atomic".Int64).Load(ops) escapes to heap
./atomic_spinlock.go:42:51: "sync/atomic".LoadInt32(&s.state) escapes to heap
