./deadlock_select_empty.go:6:13: ... argument does not escape
./deadlock_select_empty.go:6:14: "waiting forever" escapes to heap
