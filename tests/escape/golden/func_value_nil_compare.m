./func_value_nil_compare.go:11:15: s does not escape
./func_value_nil_compare.go:11:10: func literal escapes to heap
./func_value_nil_compare.go:11:43: s + "!" escapes to heap
./func_value_nil_compare.go:18:13: ... argument does not escape
./func_value_nil_compare.go:18:16: f == nil escapes to heap
./func_value_nil_compare.go:18:28: nil == f escapes to heap
./func_value_nil_compare.go:19:6: func literal does not escape
./func_value_nil_compare.go:20:13: ... argument does not escape
./func_value_nil_compare.go:20:16: f == nil escapes to heap
./func_value_nil_compare.go:20:26: f != nil escapes to heap
./func_value_nil_compare.go:22:13: ... argument does not escape
./func_value_nil_compare.go:22:16: h == nil escapes to heap
./func_value_nil_compare.go:24:13: ... argument does not escape
./func_value_nil_compare.go:24:16: h != nil escapes to heap
./func_value_nil_compare.go:24:25: h("hi") escapes to heap
./func_value_nil_compare.go:27:14: ... argument does not escape
./func_value_nil_compare.go:27:15: "nil func" escapes to heap
./func_value_nil_compare.go:36:13: ... argument does not escape
./func_value_nil_compare.go:36:13: n escapes to heap
./func_value_nil_compare.go:37:12: ... argument does not escape
./func_value_nil_compare.go:37:29: g == nil escapes to heap
