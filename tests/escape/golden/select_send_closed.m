./select_send_closed.go:8:13: ... argument does not escape
./select_send_closed.go:8:14: "select" escapes to heap
