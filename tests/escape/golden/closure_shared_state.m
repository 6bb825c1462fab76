./closure_shared_state.go:7:14: moved to heap: v
./closure_shared_state.go:8:8: func literal escapes to heap
./closure_shared_state.go:9:8: func literal escapes to heap
./closure_shared_state.go:15:14: leaking param: s
./closure_shared_state.go:14:6: moved to heap: items
./closure_shared_state.go:15:9: func literal escapes to heap
./closure_shared_state.go:16:8: func literal escapes to heap
./closure_shared_state.go:24:9: func literal escapes to heap
./closure_shared_state.go:30:13: ... argument does not escape
./closure_shared_state.go:30:17: get() escapes to heap
./closure_shared_state.go:32:13: ... argument does not escape
./closure_shared_state.go:32:17: get() escapes to heap
./closure_shared_state.go:35:13: ... argument does not escape
./closure_shared_state.go:35:17: get() escapes to heap
./closure_shared_state.go:35:25: get2() escapes to heap
./closure_shared_state.go:41:13: ... argument does not escape
./closure_shared_state.go:41:18: size() escapes to heap
./closure_shared_state.go:47:12: ... argument does not escape
./closure_shared_state.go:47:12: s escapes to heap
./closure_shared_state.go:47:16: " " escapes to heap
./closure_shared_state.go:49:13: ... argument does not escape
./closure_shared_state.go:49:18: size() escapes to heap
./closure_shared_state.go:52:10: func literal does not escape
./closure_shared_state.go:53:10: func literal does not escape
./closure_shared_state.go:58:13: ... argument does not escape
./closure_shared_state.go:58:13: total escapes to heap
