./timer_stopped_deadlock.go:10:20: (*time.Timer).Stop(t) escapes to heap:
./timer_stopped_deadlock.go:10:20:   flow: {storage for ... argument} = &{storage for (*time.Timer).Stop(t)}:
./timer_stopped_deadlock.go:10:20:     from (*time.Timer).Stop(t) (spill) at ./timer_stopped_deadlock.go:10:20
./timer_stopped_deadlock.go:10:20:     from ... argument (slice-literal-element) at ./timer_stopped_deadlock.go:10:13
./timer_stopped_deadlock.go:10:20:   flow: {heap} = {storage for ... argument}:
./timer_stopped_deadlock.go:10:20:     from ... argument (spill) at ./timer_stopped_deadlock.go:10:13
./timer_stopped_deadlock.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./timer_stopped_deadlock.go:10:13
./timer_stopped_deadlock.go:10:13: ... argument does not escape
./timer_stopped_deadlock.go:10:20: (*time.Timer).Stop(t) escapes to heap
