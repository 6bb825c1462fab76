./deadlock_main_send.go:7:13: ... argument does not escape
./deadlock_main_send.go:7:14: "before" escapes to heap
