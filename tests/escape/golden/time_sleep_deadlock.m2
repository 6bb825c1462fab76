./time_sleep_deadlock.go:11:14: "slept" escapes to heap:
./time_sleep_deadlock.go:11:14:   flow: {storage for ... argument} = &{storage for "slept"}:
./time_sleep_deadlock.go:11:14:     from "slept" (spill) at ./time_sleep_deadlock.go:11:14
./time_sleep_deadlock.go:11:14:     from ... argument (slice-literal-element) at ./time_sleep_deadlock.go:11:13
./time_sleep_deadlock.go:11:14:   flow: {heap} = {storage for ... argument}:
./time_sleep_deadlock.go:11:14:     from ... argument (spill) at ./time_sleep_deadlock.go:11:13
./time_sleep_deadlock.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./time_sleep_deadlock.go:11:13
./time_sleep_deadlock.go:11:13: ... argument does not escape
./time_sleep_deadlock.go:11:14: "slept" escapes to heap
