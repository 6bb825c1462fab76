./func_value_basic.go:9:12: name does not escape
./func_value_basic.go:9:47: "hi " + name escapes to heap
./func_value_basic.go:14:13: ... argument does not escape
./func_value_basic.go:14:16: f == nil escapes to heap
./func_value_basic.go:16:13: ... argument does not escape
./func_value_basic.go:16:16: f != nil escapes to heap
./func_value_basic.go:16:25: f(7) escapes to heap
./func_value_basic.go:18:13: ... argument does not escape
./func_value_basic.go:18:15: f(7) escapes to heap
./func_value_basic.go:21:13: ... argument does not escape
./func_value_basic.go:21:15: g("bob") escapes to heap
./func_value_basic.go:25:13: ... argument does not escape
./func_value_basic.go:25:13: n escapes to heap
./func_value_basic.go:25:13: s escapes to heap
./func_value_basic.go:27:23: []func(int) int{...} does not escape
./func_value_basic.go:27:40: func literal does not escape
./func_value_basic.go:29:12: ... argument does not escape
./func_value_basic.go:29:15: fn(3) escapes to heap
./func_value_basic.go:29:20: " " escapes to heap
./func_value_basic.go:36:13: ... argument does not escape
./func_value_basic.go:36:19: h.fn == nil escapes to heap
./func_value_basic.go:37:31: map[string]func(int) int{...} does not escape
./func_value_basic.go:38:13: ... argument does not escape
./func_value_basic.go:38:21: m["sq"](5) escapes to heap
./func_value_basic.go:38:36: m["none"] == nil escapes to heap
./func_value_basic.go:42:13: ... argument does not escape
./func_value_basic.go:42:20: arr[1](arr[0](4)) escapes to heap
./func_value_basic.go:43:12: ... argument does not escape
