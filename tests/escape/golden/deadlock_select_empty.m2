./deadlock_select_empty.go:6:14: "waiting forever" escapes to heap:
./deadlock_select_empty.go:6:14:   flow: {storage for ... argument} = &{storage for "waiting forever"}:
./deadlock_select_empty.go:6:14:     from "waiting forever" (spill) at ./deadlock_select_empty.go:6:14
./deadlock_select_empty.go:6:14:     from ... argument (slice-literal-element) at ./deadlock_select_empty.go:6:13
./deadlock_select_empty.go:6:14:   flow: {heap} = {storage for ... argument}:
./deadlock_select_empty.go:6:14:     from ... argument (spill) at ./deadlock_select_empty.go:6:13
./deadlock_select_empty.go:6:14:     from fmt.Println(... argument...) (call parameter) at ./deadlock_select_empty.go:6:13
./deadlock_select_empty.go:6:13: ... argument does not escape
./deadlock_select_empty.go:6:14: "waiting forever" escapes to heap
