./sync_once_panic_waiters.go:12:6: moved to heap: once
./sync_once_panic_waiters.go:13:6: moved to heap: wg
./sync_once_panic_waiters.go:16:13: make([]bool, 4) escapes to heap
./sync_once_panic_waiters.go:18:5: func literal escapes to heap
./sync_once_panic_waiters.go:20:9: func literal does not escape
./sync_once_panic_waiters.go:20:29: ... argument does not escape
./sync_once_panic_waiters.go:20:30: "first caller recovered:" escapes to heap
./sync_once_panic_waiters.go:21:11: func literal does not escape
./sync_once_panic_waiters.go:24:9: "init failed" escapes to heap
./sync_once_panic_waiters.go:30:6: func literal escapes to heap
./sync_once_panic_waiters.go:32:12: func literal does not escape
./sync_once_panic_waiters.go:37:13: ... argument does not escape
./sync_once_panic_waiters.go:37:14: "waiters ran f:" escapes to heap
./sync_once_panic_waiters.go:37:14: ran escapes to heap
./sync_once_panic_waiters.go:38:10: func literal does not escape
./sync_once_panic_waiters.go:38:30: ... argument does not escape
./sync_once_panic_waiters.go:38:31: "never" escapes to heap
./sync_once_panic_waiters.go:39:13: ... argument does not escape
./sync_once_panic_waiters.go:39:14: "done" escapes to heap
