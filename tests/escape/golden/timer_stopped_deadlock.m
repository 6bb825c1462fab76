./timer_stopped_deadlock.go:10:13: ... argument does not escape
./timer_stopped_deadlock.go:10:20: (*time.Timer).Stop(t) escapes to heap
