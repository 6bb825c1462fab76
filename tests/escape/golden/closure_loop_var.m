./closure_loop_var.go:10:6: moved to heap: i
./closure_loop_var.go:29:9: moved to heap: s
./closure_loop_var.go:38:6: moved to heap: k
./closure_loop_var.go:38:9: moved to heap: v
./closure_loop_var.go:11:19: func literal escapes to heap
./closure_loop_var.go:14:12: ... argument does not escape
./closure_loop_var.go:14:14: f() escapes to heap
./closure_loop_var.go:14:18: " " escapes to heap
./closure_loop_var.go:21:19: func literal escapes to heap
./closure_loop_var.go:24:12: ... argument does not escape
./closure_loop_var.go:24:14: f() escapes to heap
./closure_loop_var.go:24:18: " " escapes to heap
./closure_loop_var.go:29:28: []string{...} does not escape
./closure_loop_var.go:30:19: func literal escapes to heap
./closure_loop_var.go:33:12: ... argument does not escape
./closure_loop_var.go:33:14: g() escapes to heap
./closure_loop_var.go:33:18: " " escapes to heap
./closure_loop_var.go:39:19: func literal escapes to heap
./closure_loop_var.go:43:12: ... argument does not escape
./closure_loop_var.go:43:12: a escapes to heap
./closure_loop_var.go:43:16: "," escapes to heap
./closure_loop_var.go:43:16: b escapes to heap
./closure_loop_var.go:43:24: " " escapes to heap
./closure_loop_var.go:51:19: func literal escapes to heap
./closure_loop_var.go:54:12: ... argument does not escape
./closure_loop_var.go:54:14: f() escapes to heap
./closure_loop_var.go:54:18: " " escapes to heap
./closure_loop_var.go:61:11: func literal does not escape
./closure_loop_var.go:65:13: ... argument does not escape
./closure_loop_var.go:65:13: n escapes to heap
./closure_loop_var.go:70:19: func literal does not escape
./closure_loop_var.go:70:51: func literal escapes to heap
./closure_loop_var.go:73:12: ... argument does not escape
./closure_loop_var.go:73:14: f() escapes to heap
./closure_loop_var.go:73:18: " " escapes to heap
