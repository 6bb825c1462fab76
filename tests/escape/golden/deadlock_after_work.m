./deadlock_after_work.go:5:17: out does not escape
./deadlock_after_work.go:16:13: ... argument does not escape
./deadlock_after_work.go:16:14: <-out escapes to heap
./deadlock_after_work.go:17:13: ... argument does not escape
./deadlock_after_work.go:17:14: <-out escapes to heap
