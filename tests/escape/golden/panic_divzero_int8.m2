./panic_divzero_int8.go:11:14: x escapes to heap:
./panic_divzero_int8.go:11:14:   flow: {storage for ... argument} = &{storage for x}:
./panic_divzero_int8.go:11:14:     from x (spill) at ./panic_divzero_int8.go:11:14
./panic_divzero_int8.go:11:14:     from ... argument (slice-literal-element) at ./panic_divzero_int8.go:11:14
./panic_divzero_int8.go:11:14:   flow: {heap} = {storage for ... argument}:
./panic_divzero_int8.go:11:14:     from ... argument (spill) at ./panic_divzero_int8.go:11:14
./panic_divzero_int8.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./panic_divzero_int8.go:11:14
./panic_divzero_int8.go:11:14: ... argument does not escape
./panic_divzero_int8.go:11:14: x escapes to heap
