./func_value_stdlib.go:12:12: f does not escape
./func_value_stdlib.go:12:35: leaking param: s
./func_value_stdlib.go:15:13: ... argument does not escape
./func_value_stdlib.go:15:25: strings.Map(unicode.ToUpper, "hello, world") escapes to heap
./func_value_stdlib.go:16:12: ... argument does not escape
./func_value_stdlib.go:16:39: strings.FieldsFunc("a b\tc\n", unicode.IsSpace) escapes to heap
./func_value_stdlib.go:17:13: ... argument does not escape
./func_value_stdlib.go:17:30: strings.TrimFunc("123abc456", unicode.IsDigit) escapes to heap
./func_value_stdlib.go:18:13: ... argument does not escape
./func_value_stdlib.go:18:19: apply(strings.ToUpper, "abc") escapes to heap
./func_value_stdlib.go:18:50: apply(strings.TrimSpace, "  x  ") escapes to heap
./func_value_stdlib.go:20:3: ... argument does not escape
./func_value_stdlib.go:20:4: "via" escapes to heap
./func_value_stdlib.go:20:11: "value" escapes to heap
./func_value_stdlib.go:20:20: 1 escapes to heap
./func_value_stdlib.go:20:23: 2 escapes to heap
./func_value_stdlib.go:22:13: ... argument does not escape
./func_value_stdlib.go:22:16: sp("%03d|%s", ... argument...) escapes to heap
./func_value_stdlib.go:22:16: ... argument does not escape
./func_value_stdlib.go:22:28: 7 escapes to heap
./func_value_stdlib.go:22:31: "x" escapes to heap
./func_value_stdlib.go:25:13: ... argument does not escape
./func_value_stdlib.go:25:13: n escapes to heap
./func_value_stdlib.go:26:29: []func(string) string{...} does not escape
./func_value_stdlib.go:28:13: ... argument does not escape
./func_value_stdlib.go:28:23: f(" MiXeD ") escapes to heap
./func_value_stdlib.go:30:13: ... argument does not escape
./func_value_stdlib.go:30:16: p != nil escapes to heap
