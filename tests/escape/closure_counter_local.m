./closure_counter_local.go:3:10: xs does not escape
./closure_counter_local.go:5:9: func literal does not escape
./closure_counter_local.go:13:19: []int{...} does not escape
