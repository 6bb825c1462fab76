./closure_loop_body_var.go:10:3: moved to heap: sq
./closure_loop_body_var.go:20:3: moved to heap: c
./closure_loop_body_var.go:11:19: func literal escapes to heap
./closure_loop_body_var.go:14:12: ... argument does not escape
./closure_loop_body_var.go:14:14: f() escapes to heap
./closure_loop_body_var.go:14:19: f() escapes to heap
./closure_loop_body_var.go:14:23: " " escapes to heap
./closure_loop_body_var.go:18:35: map[string]func() int{} does not escape
./closure_loop_body_var.go:19:31: []string{...} does not escape
./closure_loop_body_var.go:21:20: func literal escapes to heap
./closure_loop_body_var.go:25:13: ... argument does not escape
./closure_loop_body_var.go:25:27: counters["a"]() escapes to heap
./closure_loop_body_var.go:25:44: counters["b"]() escapes to heap
