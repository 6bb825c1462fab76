./memstats_concat.go:24:12: a does not escape
./memstats_concat.go:24:15: b does not escape
./memstats_concat.go:24:18: c does not escape
./memstats_concat.go:25:25: a + "-" + b + "-" + c does not escape
./memstats_concat.go:30:11: a does not escape
./memstats_concat.go:30:14: b does not escape
./memstats_concat.go:30:17: c does not escape
./memstats_concat.go:31:47: a + "-" + b + "-" + c + "-" + a + b + c + "!!" does not escape
./memstats_concat.go:36:15: a does not escape
./memstats_concat.go:36:18: b does not escape
./memstats_concat.go:36:21: c does not escape
./memstats_concat.go:36:24: d does not escape
./memstats_concat.go:37:15: a + b + c + d escapes to heap
./memstats_concat.go:41:13: a does not escape
./memstats_concat.go:43:13: e + a + e does not escape
./memstats_concat.go:44:11: e + a escapes to heap
./memstats_concat.go:48:12: f does not escape
./memstats_concat.go:56:13: func literal does not escape
./memstats_concat.go:61:13: ... argument does not escape
./memstats_concat.go:61:14: "short, in the frame:" escapes to heap
./memstats_concat.go:61:40: c < 10 escapes to heap
./memstats_concat.go:61:40: n escapes to heap
./memstats_concat.go:63:12: func literal does not escape
./memstats_concat.go:68:13: ... argument does not escape
./memstats_concat.go:68:14: "long, one per call:" escapes to heap
./memstats_concat.go:68:47: c >= 1000 && c < 1010 escapes to heap
./memstats_concat.go:68:47: n escapes to heap
./memstats_concat.go:69:12: func literal does not escape
./memstats_concat.go:74:13: ... argument does not escape
./memstats_concat.go:74:14: "escaping chain of 4, one per call:" escapes to heap
./memstats_concat.go:74:62: c >= 1000 && c < 1010 escapes to heap
./memstats_concat.go:74:62: sink escapes to heap
./memstats_concat.go:76:12: func literal does not escape
./memstats_concat.go:81:13: ... argument does not escape
./memstats_concat.go:81:14: "single operand, none:" escapes to heap
./memstats_concat.go:81:41: c < 10 escapes to heap
./memstats_concat.go:81:41: n escapes to heap
./memstats_concat.go:81:41: sink escapes to heap
./memstats_concat.go:82:12: func literal does not escape
./memstats_concat.go:89:13: ... argument does not escape
./memstats_concat.go:89:14: "s += t, one per statement:" escapes to heap
./memstats_concat.go:89:52: c >= 99 && c < 110 escapes to heap
./memstats_concat.go:89:67: len(sink) escapes to heap
