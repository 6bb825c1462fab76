./panic_values.go:7:8: v escapes to heap:
./panic_values.go:7:8:   flow: {heap} = &{storage for v}:
./panic_values.go:7:8:     from v (spill) at ./panic_values.go:7:8
./panic_values.go:7:8:     from panic(v) (call parameter) at ./panic_values.go:7:7
./panic_values.go:7:8: v escapes to heap
