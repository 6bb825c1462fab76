./chan_buffered_basic.go:7:13: ... argument does not escape
./chan_buffered_basic.go:7:17: len(c) escapes to heap
./chan_buffered_basic.go:7:25: cap(c) escapes to heap
./chan_buffered_basic.go:11:13: ... argument does not escape
./chan_buffered_basic.go:11:17: len(c) escapes to heap
./chan_buffered_basic.go:11:25: cap(c) escapes to heap
./chan_buffered_basic.go:13:14: ... argument does not escape
./chan_buffered_basic.go:13:15: <-c escapes to heap
./chan_buffered_basic.go:18:13: ... argument does not escape
./chan_buffered_basic.go:18:17: len(c) escapes to heap
./chan_buffered_basic.go:21:14: ... argument does not escape
./chan_buffered_basic.go:21:15: "range" escapes to heap
./chan_buffered_basic.go:21:15: v escapes to heap
./chan_buffered_basic.go:24:13: ... argument does not escape
./chan_buffered_basic.go:24:13: v escapes to heap
./chan_buffered_basic.go:24:13: ok escapes to heap
./chan_buffered_basic.go:24:24: len(c) escapes to heap
