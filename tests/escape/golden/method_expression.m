./method_expression.go:11:7: v does not escape
./method_expression.go:38:16: f does not escape
./method_expression.go:38:38: leaking param: p
./method_expression.go:19:2: moved to heap: v
./method_expression.go:20:13: ... argument does not escape
./method_expression.go:20:17: sum(v) escapes to heap
./method_expression.go:20:25: mul(v, 3) escapes to heap
./method_expression.go:22:13: ... argument does not escape
./method_expression.go:22:13: v escapes to heap
./method_expression.go:22:21: psum(&v) escapes to heap
./method_expression.go:24:12: ... argument does not escape
./method_expression.go:26:21: []func(V) int{...} does not escape
./method_expression.go:26:29: func literal does not escape
./method_expression.go:28:12: ... argument does not escape
./method_expression.go:28:14: f(V{...}) escapes to heap
./method_expression.go:28:25: " " escapes to heap
./method_expression.go:32:11: []V{...} escapes to heap
./method_expression.go:36:13: ... argument does not escape
./method_expression.go:36:13: vs escapes to heap
./method_expression.go:38:11: func literal does not escape
./method_expression.go:40:13: ... argument does not escape
./method_expression.go:40:16: vs[0] escapes to heap
