./seed_allocations.go:15:2: res escapes to heap:
./seed_allocations.go:15:2:   flow: ~r0 = &res:
./seed_allocations.go:15:2:     from &res (address-of) at ./seed_allocations.go:16:9
./seed_allocations.go:15:2:     from return &res (return) at ./seed_allocations.go:16:2
./seed_allocations.go:15:2: moved to heap: res
./seed_allocations.go:25:15: y does not escape
