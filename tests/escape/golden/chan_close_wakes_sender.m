./chan_close_wakes_sender.go:8:13: c does not escape
./chan_close_wakes_sender.go:16:13: ... argument does not escape
./chan_close_wakes_sender.go:16:14: "sending" escapes to heap
