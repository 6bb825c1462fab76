./closure_loop_go119.go:9:6: moved to heap: i
./closure_loop_go119.go:18:9: moved to heap: s
./closure_loop_go119.go:10:19: func literal escapes to heap
./closure_loop_go119.go:13:12: ... argument does not escape
./closure_loop_go119.go:13:14: f() escapes to heap
./closure_loop_go119.go:13:18: " " escapes to heap
./closure_loop_go119.go:18:28: []string{...} does not escape
./closure_loop_go119.go:19:19: func literal escapes to heap
./closure_loop_go119.go:22:12: ... argument does not escape
./closure_loop_go119.go:22:14: g() escapes to heap
./closure_loop_go119.go:22:18: " " escapes to heap
./closure_loop_go119.go:30:19: func literal escapes to heap
./closure_loop_go119.go:33:12: ... argument does not escape
./closure_loop_go119.go:33:14: h() escapes to heap
./closure_loop_go119.go:33:18: " " escapes to heap
./closure_loop_go119.go:38:8: func literal does not escape
./closure_loop_go119.go:38:40: func literal escapes to heap
./closure_loop_go119.go:44:12: ... argument does not escape
./closure_loop_go119.go:44:14: k() escapes to heap
./closure_loop_go119.go:44:18: " " escapes to heap
