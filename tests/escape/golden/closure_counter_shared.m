./closure_counter_shared.go:8:2: moved to heap: n
./closure_counter_shared.go:9:8: func literal escapes to heap
./closure_counter_shared.go:10:8: func literal escapes to heap
./closure_counter_shared.go:18:13: ... argument does not escape
./closure_counter_shared.go:18:17: get() escapes to heap
./closure_counter_shared.go:19:11: func literal does not escape
./closure_counter_shared.go:21:13: ... argument does not escape
./closure_counter_shared.go:21:17: get() escapes to heap
./closure_counter_shared.go:21:24: inc() escapes to heap
./closure_counter_shared.go:24:13: ... argument does not escape
./closure_counter_shared.go:24:17: get() escapes to heap
./closure_counter_shared.go:24:25: get2() escapes to heap
