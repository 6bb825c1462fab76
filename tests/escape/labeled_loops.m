./labeled_loops.go:8:4: moved to heap: k
