./defer_loop.go:3:8: p does not escape
./defer_loop.go:9:3: moved to heap: y
