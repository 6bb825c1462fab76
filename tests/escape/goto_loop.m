./goto_loop.go:7:2: moved to heap: x
