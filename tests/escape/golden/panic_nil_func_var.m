./panic_nil_func_var.go:10:26: leaking param: s
./panic_nil_func_var.go:10:21: func literal does not escape
./panic_nil_func_var.go:10:49: ... argument does not escape
./panic_nil_func_var.go:10:50: "before" escapes to heap
./panic_nil_func_var.go:10:50: s escapes to heap
./panic_nil_func_var.go:12:13: ... argument does not escape
./panic_nil_func_var.go:12:22: h.after == nil escapes to heap
./panic_nil_func_var.go:14:13: ... argument does not escape
./panic_nil_func_var.go:14:14: "unreachable" escapes to heap
