./chan_comma_ok.go:18:2: moved to heap: x
./chan_comma_ok.go:10:12: ... argument does not escape
./chan_comma_ok.go:10:13: v escapes to heap
./chan_comma_ok.go:10:13: ok escapes to heap
./chan_comma_ok.go:12:12: ... argument does not escape
./chan_comma_ok.go:12:13: v escapes to heap
./chan_comma_ok.go:12:13: ok escapes to heap
./chan_comma_ok.go:16:13: ... argument does not escape
./chan_comma_ok.go:16:17: len(w) escapes to heap
./chan_comma_ok.go:16:17: ok2 escapes to heap
./chan_comma_ok.go:21:13: ... argument does not escape
./chan_comma_ok.go:21:14: *q escapes to heap
./chan_comma_ok.go:21:14: ok3 escapes to heap
./chan_comma_ok.go:24:13: ... argument does not escape
./chan_comma_ok.go:24:16: q == nil escapes to heap
./chan_comma_ok.go:24:16: ok3 escapes to heap
