./closure_counter.go:8:2: moved to heap: n
./closure_counter.go:9:9: func literal escapes to heap
./closure_counter.go:16:2: moved to heap: n
./closure_counter.go:17:10: func literal escapes to heap
./closure_counter.go:22:11: func literal escapes to heap
./closure_counter.go:29:13: ... argument does not escape
./closure_counter.go:29:16: c1() escapes to heap
./closure_counter.go:29:22: c1() escapes to heap
./closure_counter.go:29:28: c1() escapes to heap
./closure_counter.go:29:34: c2() escapes to heap
./closure_counter.go:31:13: ... argument does not escape
./closure_counter.go:31:16: c3() escapes to heap
./closure_counter.go:31:22: c1() escapes to heap
./closure_counter.go:34:13: ... argument does not escape
./closure_counter.go:34:18: next() escapes to heap
./closure_counter.go:34:26: next() escapes to heap
./closure_counter.go:34:34: next() escapes to heap
./closure_counter.go:36:13: ... argument does not escape
./closure_counter.go:36:18: next() escapes to heap
./closure_counter.go:38:18: make([]func() int, 3) does not escape
./closure_counter.go:47:13: ... argument does not escape
./closure_counter.go:47:25: counters[0]() escapes to heap
./closure_counter.go:47:40: counters[1]() escapes to heap
./closure_counter.go:47:55: counters[2]() escapes to heap
