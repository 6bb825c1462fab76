./recover_loop_iterations.go:6:8: func literal does not escape
./recover_loop_iterations.go:8:20: ... argument does not escape
./recover_loop_iterations.go:8:21: "step " escapes to heap
./recover_loop_iterations.go:8:21: i escapes to heap
./recover_loop_iterations.go:8:33: " failed: " escapes to heap
./recover_loop_iterations.go:12:9: i * 10 escapes to heap
./recover_loop_iterations.go:14:19: ... argument does not escape
./recover_loop_iterations.go:14:20: "step " escapes to heap
./recover_loop_iterations.go:14:20: i escapes to heap
./recover_loop_iterations.go:14:32: " ok" escapes to heap
./recover_loop_iterations.go:19:14: ... argument does not escape
./recover_loop_iterations.go:19:19: step(i) escapes to heap
./recover_loop_iterations.go:23:3: func literal does not escape
./recover_loop_iterations.go:24:10: func literal does not escape
./recover_loop_iterations.go:30:10: "seven" escapes to heap
./recover_loop_iterations.go:34:13: ... argument does not escape
./recover_loop_iterations.go:34:14: "errors:" escapes to heap
./recover_loop_iterations.go:34:14: errs escapes to heap
