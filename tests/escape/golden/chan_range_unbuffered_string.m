./chan_range_unbuffered_string.go:5:12: leaking param content: ws
./chan_range_unbuffered_string.go:5:25: out does not escape
./chan_range_unbuffered_string.go:14:19: []string{...} does not escape
./chan_range_unbuffered_string.go:18:14: ... argument does not escape
./chan_range_unbuffered_string.go:18:14: w escapes to heap
./chan_range_unbuffered_string.go:20:13: ... argument does not escape
./chan_range_unbuffered_string.go:20:13: n escapes to heap
