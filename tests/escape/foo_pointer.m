./foo_pointer.go:4:2: moved to heap: x
