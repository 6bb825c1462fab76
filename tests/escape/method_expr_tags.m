./method_expr_tags.go:9:7: t does not escape
./method_expr_tags.go:13:7: leaking param: p to result ~r0 level=0
./method_expr_tags.go:23:2: moved to heap: b
./method_expr_tags.go:24:2: moved to heap: q
./method_expr_tags.go:18:8: T{...} does not escape
./method_expr_tags.go:37:2: moved to heap: v
