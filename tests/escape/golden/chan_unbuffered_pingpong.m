./chan_unbuffered_pingpong.go:5:13: leaking param: name
./chan_unbuffered_pingpong.go:5:26: in does not escape
./chan_unbuffered_pingpong.go:5:41: out does not escape
./chan_unbuffered_pingpong.go:5:57: done does not escape
./chan_unbuffered_pingpong.go:12:14: ... argument does not escape
./chan_unbuffered_pingpong.go:12:14: name escapes to heap
./chan_unbuffered_pingpong.go:12:14: n escapes to heap
./chan_unbuffered_pingpong.go:31:13: ... argument does not escape
./chan_unbuffered_pingpong.go:31:14: "finished" escapes to heap
