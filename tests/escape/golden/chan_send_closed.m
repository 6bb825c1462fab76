./chan_send_closed.go:8:13: ... argument does not escape
./chan_send_closed.go:8:14: "closing done" escapes to heap
