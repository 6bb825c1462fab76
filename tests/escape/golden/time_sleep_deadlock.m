./time_sleep_deadlock.go:11:13: ... argument does not escape
./time_sleep_deadlock.go:11:14: "slept" escapes to heap
