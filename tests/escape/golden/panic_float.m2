./panic_float.go:6:8: x * 2 escapes to heap:
./panic_float.go:6:8:   flow: {heap} = &{storage for x * 2}:
./panic_float.go:6:8:     from x * 2 (spill) at ./panic_float.go:6:8
./panic_float.go:6:8:     from panic(x * 2) (call parameter) at ./panic_float.go:6:7
./panic_float.go:6:8: x * 2 escapes to heap
