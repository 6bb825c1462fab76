./range_var_depth.go:9:7: s does not escape
./range_var_depth.go:14:17: []func(){...} does not escape
./range_var_depth.go:14:19: s.Inc does not escape
./range_var_depth.go:14:26: s.Inc does not escape
./range_var_depth.go:22:15: leaking param content: xs
./range_var_depth.go:24:9: moved to heap: x
./range_var_depth.go:25:19: func literal escapes to heap
./range_var_depth.go:35:35: []int{...} does not escape
