./panic_divzero.go:15:14: "not reached" escapes to heap:
./panic_divzero.go:15:14:   flow: {storage for ... argument} = &{storage for "not reached"}:
./panic_divzero.go:15:14:     from "not reached" (spill) at ./panic_divzero.go:15:14
./panic_divzero.go:15:14:     from ... argument (slice-literal-element) at ./panic_divzero.go:15:13
./panic_divzero.go:15:14:   flow: {heap} = {storage for ... argument}:
./panic_divzero.go:15:14:     from ... argument (spill) at ./panic_divzero.go:15:13
./panic_divzero.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./panic_divzero.go:15:13
./panic_divzero.go:14:32: divide(10, zero) escapes to heap:
./panic_divzero.go:14:32:   flow: {storage for ... argument} = &{storage for divide(10, zero)}:
./panic_divzero.go:14:32:     from divide(10, zero) (spill) at ./panic_divzero.go:14:32
./panic_divzero.go:14:32:     from ... argument (slice-literal-element) at ./panic_divzero.go:14:13
./panic_divzero.go:14:32:   flow: {heap} = {storage for ... argument}:
./panic_divzero.go:14:32:     from ... argument (spill) at ./panic_divzero.go:14:13
./panic_divzero.go:14:32:     from fmt.Println(... argument...) (call parameter) at ./panic_divzero.go:14:13
./panic_divzero.go:14:14: "10 / 0 =" escapes to heap:
./panic_divzero.go:14:14:   flow: {storage for ... argument} = &{storage for "10 / 0 ="}:
./panic_divzero.go:14:14:     from "10 / 0 =" (spill) at ./panic_divzero.go:14:14
./panic_divzero.go:14:14:     from ... argument (slice-literal-element) at ./panic_divzero.go:14:13
./panic_divzero.go:14:14:   flow: {heap} = {storage for ... argument}:
./panic_divzero.go:14:14:     from ... argument (spill) at ./panic_divzero.go:14:13
./panic_divzero.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./panic_divzero.go:14:13
./panic_divzero.go:12:32: divide(10, 2) escapes to heap:
./panic_divzero.go:12:32:   flow: {storage for ... argument} = &{storage for divide(10, 2)}:
./panic_divzero.go:12:32:     from divide(10, 2) (spill) at ./panic_divzero.go:12:32
./panic_divzero.go:12:32:     from ... argument (slice-literal-element) at ./panic_divzero.go:12:13
./panic_divzero.go:12:32:   flow: {heap} = {storage for ... argument}:
./panic_divzero.go:12:32:     from ... argument (spill) at ./panic_divzero.go:12:13
./panic_divzero.go:12:32:     from fmt.Println(... argument...) (call parameter) at ./panic_divzero.go:12:13
./panic_divzero.go:12:14: "10 / 2 =" escapes to heap:
./panic_divzero.go:12:14:   flow: {storage for ... argument} = &{storage for "10 / 2 ="}:
./panic_divzero.go:12:14:     from "10 / 2 =" (spill) at ./panic_divzero.go:12:14
./panic_divzero.go:12:14:     from ... argument (slice-literal-element) at ./panic_divzero.go:12:13
./panic_divzero.go:12:14:   flow: {heap} = {storage for ... argument}:
./panic_divzero.go:12:14:     from ... argument (spill) at ./panic_divzero.go:12:13
./panic_divzero.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./panic_divzero.go:12:13
./panic_divzero.go:12:13: ... argument does not escape
./panic_divzero.go:12:14: "10 / 2 =" escapes to heap
./panic_divzero.go:12:32: divide(10, 2) escapes to heap
./panic_divzero.go:14:13: ... argument does not escape
./panic_divzero.go:14:14: "10 / 0 =" escapes to heap
./panic_divzero.go:14:32: divide(10, zero) escapes to heap
./panic_divzero.go:15:13: ... argument does not escape
./panic_divzero.go:15:14: "not reached" escapes to heap
