./select_closed_recv.go:12:15: ... argument does not escape
./select_closed_recv.go:12:15: v escapes to heap
./select_closed_recv.go:12:15: ok escapes to heap
./select_closed_recv.go:16:13: ... argument does not escape
./select_closed_recv.go:16:13: n escapes to heap
