./select_send_recv.go:5:15: c does not escape
./select_send_recv.go:5:29: done does not escape
./select_send_recv.go:28:13: ... argument does not escape
./select_send_recv.go:28:13: x escapes to heap
./select_send_recv.go:28:17: <-done escapes to heap
