./select_loop_break.go:5:14: c does not escape
./select_loop_break.go:25:16: ... argument does not escape
./select_loop_break.go:25:17: "three" escapes to heap
./select_loop_break.go:30:13: ... argument does not escape
./select_loop_break.go:30:14: "total" escapes to heap
./select_loop_break.go:30:14: total escapes to heap
