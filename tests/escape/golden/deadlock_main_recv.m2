./deadlock_main_recv.go:7:14: "before" escapes to heap:
./deadlock_main_recv.go:7:14:   flow: {storage for ... argument} = &{storage for "before"}:
./deadlock_main_recv.go:7:14:     from "before" (spill) at ./deadlock_main_recv.go:7:14
./deadlock_main_recv.go:7:14:     from ... argument (slice-literal-element) at ./deadlock_main_recv.go:7:13
./deadlock_main_recv.go:7:14:   flow: {heap} = {storage for ... argument}:
./deadlock_main_recv.go:7:14:     from ... argument (spill) at ./deadlock_main_recv.go:7:13
./deadlock_main_recv.go:7:14:     from fmt.Println(... argument...) (call parameter) at ./deadlock_main_recv.go:7:13
./deadlock_main_recv.go:7:13: ... argument does not escape
./deadlock_main_recv.go:7:14: "before" escapes to heap
