./method_value_eval_time.go:10:7: c does not escape
./method_value_eval_time.go:11:7: c does not escape
./method_value_eval_time.go:15:10: c.Get does not escape
./method_value_eval_time.go:16:10: c.Ptr does not escape
./method_value_eval_time.go:17:10: c.Inc does not escape
./method_value_eval_time.go:20:13: ... argument does not escape
./method_value_eval_time.go:20:17: get() escapes to heap
./method_value_eval_time.go:20:24: ptr() escapes to heap
./method_value_eval_time.go:20:29: c.n escapes to heap
./method_value_eval_time.go:22:13: ... argument does not escape
./method_value_eval_time.go:22:17: get() escapes to heap
./method_value_eval_time.go:22:24: ptr() escapes to heap
./method_value_eval_time.go:24:7: &Counter{...} does not escape
./method_value_eval_time.go:25:9: p.Get does not escape
./method_value_eval_time.go:27:13: ... argument does not escape
./method_value_eval_time.go:27:16: g2() escapes to heap
./method_value_eval_time.go:27:25: Counter.Get(p) escapes to heap
./method_value_eval_time.go:29:20: []func() int{...} does not escape
./method_value_eval_time.go:29:22: c.Get does not escape
./method_value_eval_time.go:29:29: p.Get does not escape
./method_value_eval_time.go:29:36: c.Ptr does not escape
./method_value_eval_time.go:32:12: ... argument does not escape
./method_value_eval_time.go:32:14: f() escapes to heap
./method_value_eval_time.go:32:18: " " escapes to heap
