./foo_pointer.go:4:2: x escapes to heap:
./foo_pointer.go:4:2:   flow: ~r0 = &x:
./foo_pointer.go:4:2:     from &x (address-of) at ./foo_pointer.go:5:9
./foo_pointer.go:4:2:     from return &x (return) at ./foo_pointer.go:5:2
./foo_pointer.go:4:2: moved to heap: x
