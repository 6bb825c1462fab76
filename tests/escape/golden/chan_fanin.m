./chan_fanin.go:5:30: out does not escape
./chan_fanin.go:5:46: done does not escape
./chan_fanin.go:30:13: ... argument does not escape
./chan_fanin.go:30:14: "count" escapes to heap
./chan_fanin.go:30:14: count escapes to heap
./chan_fanin.go:30:30: "sum" escapes to heap
./chan_fanin.go:30:30: sum escapes to heap
