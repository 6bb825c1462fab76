./panic_negative_shift.go:12:16: x << n escapes to heap:
./panic_negative_shift.go:12:16:   flow: {storage for ... argument} = &{storage for x << n}:
./panic_negative_shift.go:12:16:     from x << n (spill) at ./panic_negative_shift.go:12:16
./panic_negative_shift.go:12:16:     from ... argument (slice-literal-element) at ./panic_negative_shift.go:12:13
./panic_negative_shift.go:12:16:   flow: {heap} = {storage for ... argument}:
./panic_negative_shift.go:12:16:     from ... argument (spill) at ./panic_negative_shift.go:12:13
./panic_negative_shift.go:12:16:     from fmt.Println(... argument...) (call parameter) at ./panic_negative_shift.go:12:13
./panic_negative_shift.go:10:16: x << n escapes to heap:
./panic_negative_shift.go:10:16:   flow: {storage for ... argument} = &{storage for x << n}:
./panic_negative_shift.go:10:16:     from x << n (spill) at ./panic_negative_shift.go:10:16
./panic_negative_shift.go:10:16:     from ... argument (slice-literal-element) at ./panic_negative_shift.go:10:13
./panic_negative_shift.go:10:16:   flow: {heap} = {storage for ... argument}:
./panic_negative_shift.go:10:16:     from ... argument (spill) at ./panic_negative_shift.go:10:13
./panic_negative_shift.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./panic_negative_shift.go:10:13
./panic_negative_shift.go:10:13: ... argument does not escape
./panic_negative_shift.go:10:16: x << n escapes to heap
./panic_negative_shift.go:12:13: ... argument does not escape
./panic_negative_shift.go:12:16: x << n escapes to heap
