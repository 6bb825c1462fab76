./method_expr_promoted.go:10:7: b does not escape
./method_expr_promoted.go:27:2: moved to heap: m
./method_expr_promoted.go:29:13: ... argument does not escape
./method_expr_promoted.go:29:16: id(m) escapes to heap
./method_expr_promoted.go:29:24: pid(&m) escapes to heap
./method_expr_promoted.go:34:13: ... argument does not escape
./method_expr_promoted.go:34:17: tid(t) escapes to heap
./method_expr_promoted.go:34:23: m.Base.id escapes to heap
./method_expr_promoted.go:36:13: ... argument does not escape
./method_expr_promoted.go:36:13: .autotmp_8 escapes to heap
./method_expr_promoted.go:36:13: .autotmp_9 escapes to heap
./method_expr_promoted.go:37:12: ... argument does not escape
