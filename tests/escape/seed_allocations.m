./seed_allocations.go:15:2: moved to heap: res
./seed_allocations.go:25:15: y does not escape
