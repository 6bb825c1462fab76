./range_var_depth.go:9:7: s does not escape
./range_var_depth.go:14:17: []func(){...} does not escape
./range_var_depth.go:14:19: s.Inc does not escape
./range_var_depth.go:14:26: s.Inc does not escape
./range_var_depth.go:25:19: func literal escapes to heap:
./range_var_depth.go:25:19:   flow: {heap} = &{storage for func literal}:
./range_var_depth.go:25:19:     from func literal (spill) at ./range_var_depth.go:25:19
./range_var_depth.go:25:19:     from append(fs, func literal) (call parameter) at ./range_var_depth.go:25:14
./range_var_depth.go:24:9: captured capturing by ref: x (addr=false assign=true width=8)
./range_var_depth.go:24:9: x escapes to heap:
./range_var_depth.go:24:9:   flow: {storage for func literal} = &x:
./range_var_depth.go:24:9:     from x (captured by a closure) at ./range_var_depth.go:25:39
./range_var_depth.go:24:9:     from x (reference) at ./range_var_depth.go:25:39
./range_var_depth.go:22:15: parameter xs leaks to x with derefs=1:
./range_var_depth.go:22:15:   flow: {temp} = xs:
./range_var_depth.go:22:15:   flow: x = *{temp}:
./range_var_depth.go:22:15:     from for loop (range-deref) at ./range_var_depth.go:24:14
./range_var_depth.go:22:15: leaking param content: xs
./range_var_depth.go:24:9: moved to heap: x
./range_var_depth.go:25:19: func literal escapes to heap
./range_var_depth.go:35:35: []int{...} does not escape
