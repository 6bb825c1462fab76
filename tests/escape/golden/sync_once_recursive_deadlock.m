./sync_once_recursive_deadlock.go:10:6: moved to heap: once
./sync_once_recursive_deadlock.go:11:10: func literal does not escape
./sync_once_recursive_deadlock.go:12:14: ... argument does not escape
./sync_once_recursive_deadlock.go:12:15: "outer" escapes to heap
./sync_once_recursive_deadlock.go:13:11: func literal does not escape
./sync_once_recursive_deadlock.go:13:31: ... argument does not escape
./sync_once_recursive_deadlock.go:13:32: "inner" escapes to heap
