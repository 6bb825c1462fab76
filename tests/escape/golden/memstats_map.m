./memstats_map.go:29:12: f does not escape
./memstats_map.go:36:16: leaking param content: words
./memstats_map.go:37:21: map[string]int{} does not escape
./memstats_map.go:51:15: xs does not escape
./memstats_map.go:52:11: make(map[int]bool, hint) does not escape
./memstats_map.go:61:15: leaking param content: words
./memstats_map.go:62:11: make(map[string]int) escapes to heap
./memstats_map.go:81:22: map[int]*[4]int{} does not escape
./memstats_map.go:83:10: &[4]int{...} escapes to heap
./memstats_map.go:94:13: func literal does not escape
./memstats_map.go:99:13: ... argument does not escape
./memstats_map.go:99:14: "literal, in the frame:" escapes to heap
./memstats_map.go:99:42: c < 10 escapes to heap
./memstats_map.go:99:42: total escapes to heap
./memstats_map.go:101:12: func literal does not escape
./memstats_map.go:106:13: ... argument does not escape
./memstats_map.go:106:14: "make with a run-time hint <= 8, in the frame:" escapes to heap
./memstats_map.go:106:65: c < 10 escapes to heap
./memstats_map.go:106:65: total escapes to heap
./memstats_map.go:107:12: func literal does not escape
./memstats_map.go:112:13: ... argument does not escape
./memstats_map.go:112:14: "escaping, on the heap:" escapes to heap
./memstats_map.go:112:42: c >= 1000 escapes to heap
./memstats_map.go:112:54: len(keep) escapes to heap
./memstats_map.go:112:66: keep["go"] escapes to heap
./memstats_map.go:113:13: ... argument does not escape
./memstats_map.go:113:14: "stack growth:" escapes to heap
./memstats_map.go:113:38: deepUse() escapes to heap
