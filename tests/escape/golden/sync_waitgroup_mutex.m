./sync_waitgroup_mutex.go:13:21: leaking param: wg
./sync_waitgroup_mutex.go:13:41: leaking param: acc
./sync_waitgroup_mutex.go:23:6: moved to heap: wg
./sync_waitgroup_mutex.go:31:6: moved to heap: mu
./sync_waitgroup_mutex.go:24:9: &Acc{} escapes to heap
./sync_waitgroup_mutex.go:30:13: ... argument does not escape
./sync_waitgroup_mutex.go:30:17: acc.total escapes to heap
./sync_waitgroup_mutex.go:32:13: ... argument does not escape
./sync_waitgroup_mutex.go:32:24: (*sync.Mutex).TryLock(mu) escapes to heap
./sync_waitgroup_mutex.go:32:38: (*sync.Mutex).TryLock(mu) escapes to heap
