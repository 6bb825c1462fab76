./method_expr.go:5:7: parameter t leaks to ~r0 with derefs=0:
./method_expr.go:5:7:   flow: ~r0 = t:
./method_expr.go:5:7:     from t.v (dot of pointer) at ./method_expr.go:5:35
./method_expr.go:5:7:     from &t.v (address-of) at ./method_expr.go:5:33
./method_expr.go:5:7:     from return &t.v (return) at ./method_expr.go:5:26
./method_expr.go:5:7: leaking param: t to result ~r0 level=0
