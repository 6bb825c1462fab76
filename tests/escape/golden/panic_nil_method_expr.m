./panic_nil_method_expr.go:13:13: ... argument does not escape
./panic_nil_method_expr.go:13:17: get(&T{...}) escapes to heap
./panic_nil_method_expr.go:13:18: &T{...} escapes to heap
./panic_nil_method_expr.go:15:13: ... argument does not escape
./panic_nil_method_expr.go:15:17: get(p) escapes to heap
