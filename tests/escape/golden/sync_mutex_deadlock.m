./sync_mutex_deadlock.go:9:6: moved to heap: mu
./sync_mutex_deadlock.go:11:13: ... argument does not escape
./sync_mutex_deadlock.go:11:14: "locked once" escapes to heap
