./panic_in_defer_after_return.go:10:14: "f returns" escapes to heap:
./panic_in_defer_after_return.go:10:14:   flow: {storage for ... argument} = &{storage for "f returns"}:
./panic_in_defer_after_return.go:10:14:     from "f returns" (spill) at ./panic_in_defer_after_return.go:10:14
./panic_in_defer_after_return.go:10:14:     from ... argument (slice-literal-element) at ./panic_in_defer_after_return.go:10:13
./panic_in_defer_after_return.go:10:14:   flow: {heap} = {storage for ... argument}:
./panic_in_defer_after_return.go:10:14:     from ... argument (spill) at ./panic_in_defer_after_return.go:10:13
./panic_in_defer_after_return.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./panic_in_defer_after_return.go:10:13
./panic_in_defer_after_return.go:6:8: func literal does not escape
./panic_in_defer_after_return.go:10:13: ... argument does not escape
./panic_in_defer_after_return.go:10:14: "f returns" escapes to heap
./panic_in_defer_after_return.go:15:15: f() escapes to heap:
./panic_in_defer_after_return.go:15:15:   flow: {storage for ... argument} = &{storage for f()}:
./panic_in_defer_after_return.go:15:15:     from f() (spill) at ./panic_in_defer_after_return.go:15:15
./panic_in_defer_after_return.go:15:15:     from ... argument (slice-literal-element) at ./panic_in_defer_after_return.go:15:13
./panic_in_defer_after_return.go:15:15:   flow: {heap} = {storage for ... argument}:
./panic_in_defer_after_return.go:15:15:     from ... argument (spill) at ./panic_in_defer_after_return.go:15:13
./panic_in_defer_after_return.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./panic_in_defer_after_return.go:15:13
./panic_in_defer_after_return.go:15:13: ... argument does not escape
./panic_in_defer_after_return.go:15:15: f() escapes to heap
