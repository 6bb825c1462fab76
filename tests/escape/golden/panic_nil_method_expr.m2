./panic_nil_method_expr.go:13:18: &T{...} escapes to heap:
./panic_nil_method_expr.go:13:18:   flow: {heap} = &{storage for &T{...}}:
./panic_nil_method_expr.go:13:18:     from &T{...} (spill) at ./panic_nil_method_expr.go:13:18
./panic_nil_method_expr.go:13:18:     from get(&T{...}) (call parameter) at ./panic_nil_method_expr.go:13:17
./panic_nil_method_expr.go:15:17: get(p) escapes to heap:
./panic_nil_method_expr.go:15:17:   flow: {storage for ... argument} = &{storage for get(p)}:
./panic_nil_method_expr.go:15:17:     from get(p) (spill) at ./panic_nil_method_expr.go:15:17
./panic_nil_method_expr.go:15:17:     from ... argument (slice-literal-element) at ./panic_nil_method_expr.go:15:13
./panic_nil_method_expr.go:15:17:   flow: {heap} = {storage for ... argument}:
./panic_nil_method_expr.go:15:17:     from ... argument (spill) at ./panic_nil_method_expr.go:15:13
./panic_nil_method_expr.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_method_expr.go:15:13
./panic_nil_method_expr.go:13:17: get(&T{...}) escapes to heap:
./panic_nil_method_expr.go:13:17:   flow: {storage for ... argument} = &{storage for get(&T{...})}:
./panic_nil_method_expr.go:13:17:     from get(&T{...}) (spill) at ./panic_nil_method_expr.go:13:17
./panic_nil_method_expr.go:13:17:     from ... argument (slice-literal-element) at ./panic_nil_method_expr.go:13:13
./panic_nil_method_expr.go:13:17:   flow: {heap} = {storage for ... argument}:
./panic_nil_method_expr.go:13:17:     from ... argument (spill) at ./panic_nil_method_expr.go:13:13
./panic_nil_method_expr.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_method_expr.go:13:13
./panic_nil_method_expr.go:13:13: ... argument does not escape
./panic_nil_method_expr.go:13:17: get(&T{...}) escapes to heap
./panic_nil_method_expr.go:13:18: &T{...} escapes to heap
./panic_nil_method_expr.go:15:13: ... argument does not escape
./panic_nil_method_expr.go:15:17: get(p) escapes to heap
