./iface_expr_eval.go:14:19: env does not escape
./iface_expr_eval.go:15:7: v does not escape
./iface_expr_eval.go:15:19: env does not escape
./iface_expr_eval.go:16:7: leaking param content: b
./iface_expr_eval.go:16:20: leaking param: env
./iface_expr_eval.go:29:11: leaking param: e to result ~r0 level=1
./iface_expr_eval.go:32:20: ... argument does not escape
./iface_expr_eval.go:32:24: int(e) escapes to heap
./iface_expr_eval.go:36:65: "(" + show(e.l) + " " + string(e.op) + " " + show(e.r) + ")" escapes to heap
./iface_expr_eval.go:36:40: string(e.op) does not escape
./iface_expr_eval.go:41:12: e does not escape
./iface_expr_eval.go:49:7: &Bin{...} does not escape
./iface_expr_eval.go:49:20: Num(2) escapes to heap
./iface_expr_eval.go:49:25: &Bin{...} escapes to heap
./iface_expr_eval.go:49:38: Var("x") escapes to heap
./iface_expr_eval.go:49:45: &Bin{...} escapes to heap
./iface_expr_eval.go:49:58: Var("y") escapes to heap
./iface_expr_eval.go:49:68: Num(1) escapes to heap
./iface_expr_eval.go:50:23: map[string]int{...} escapes to heap
./iface_expr_eval.go:51:13: ... argument does not escape
./iface_expr_eval.go:51:18: show(e) escapes to heap
./iface_expr_eval.go:51:23: "=" escapes to heap
./iface_expr_eval.go:51:34: (*Bin).Eval(e, env) escapes to heap
./iface_expr_eval.go:51:41: "nodes" escapes to heap
./iface_expr_eval.go:51:55: count(e) escapes to heap
./iface_expr_eval.go:53:13: ... argument does not escape
./iface_expr_eval.go:53:20: (*Bin).Eval(e, env) escapes to heap
