./method_expr.go:5:7: leaking param: t to result ~r0 level=0
