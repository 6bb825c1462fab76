./closure_stack_growth.go:10:9: func literal does not escape
./closure_stack_growth.go:18:19: f does not escape
./closure_stack_growth.go:27:13: ... argument does not escape
./closure_stack_growth.go:27:19: depth(3000) escapes to heap
./closure_stack_growth.go:29:14: func literal does not escape
./closure_stack_growth.go:30:13: ... argument does not escape
./closure_stack_growth.go:30:13: sum escapes to heap
