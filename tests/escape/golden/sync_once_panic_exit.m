./sync_once_panic_exit.go:13:20: "setup's defer runs" escapes to heap
./sync_once_panic_exit.go:13:19: ... argument does not escape
./sync_once_panic_exit.go:14:10: func literal does not escape
./sync_once_panic_exit.go:15:14: ... argument does not escape
./sync_once_panic_exit.go:15:15: "in f" escapes to heap
./sync_once_panic_exit.go:16:20: fmt.Sprintf("setup failed: %d", ... argument...) escapes to heap
./sync_once_panic_exit.go:16:20: ... argument does not escape
./sync_once_panic_exit.go:16:41: 3 escapes to heap
