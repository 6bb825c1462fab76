./func_eval_order.go:10:8: leaking param: name
./func_eval_order.go:15:8: leaking param: name
./func_eval_order.go:24:13: ... argument does not escape
./func_eval_order.go:24:13: r escapes to heap
./func_eval_order.go:24:13: log escapes to heap
./func_eval_order.go:27:13: ... argument does not escape
./func_eval_order.go:27:13: x escapes to heap
./func_eval_order.go:27:13: log escapes to heap
./func_eval_order.go:29:25: s("p") + s("q") + s("r") escapes to heap
./func_eval_order.go:30:13: ... argument does not escape
./func_eval_order.go:30:13: str escapes to heap
./func_eval_order.go:30:13: log escapes to heap
./func_eval_order.go:33:14: ... argument does not escape
./func_eval_order.go:33:15: "cond" escapes to heap
./func_eval_order.go:33:15: log escapes to heap
./func_eval_order.go:36:13: ... argument does not escape
./func_eval_order.go:36:15: v("m", 1) escapes to heap
./func_eval_order.go:36:26: v("n", 2) escapes to heap
./func_eval_order.go:36:37: s("o") escapes to heap
./func_eval_order.go:37:13: ... argument does not escape
./func_eval_order.go:37:13: log escapes to heap
./func_eval_order.go:40:13: ... argument does not escape
./func_eval_order.go:40:13: a escapes to heap
./func_eval_order.go:40:13: b escapes to heap
./func_eval_order.go:40:13: log escapes to heap
