./chan_nil_len.go:7:13: ... argument does not escape
./chan_nil_len.go:7:16: c == nil escapes to heap
./chan_nil_len.go:7:27: len(c) escapes to heap
./chan_nil_len.go:7:35: cap(c) escapes to heap
./chan_nil_len.go:10:14: ... argument does not escape
./chan_nil_len.go:10:15: "got" escapes to heap
./chan_nil_len.go:10:15: v escapes to heap
./chan_nil_len.go:12:14: ... argument does not escape
./chan_nil_len.go:12:15: "sent" escapes to heap
./chan_nil_len.go:14:14: ... argument does not escape
./chan_nil_len.go:14:15: "nil channels never ready" escapes to heap
