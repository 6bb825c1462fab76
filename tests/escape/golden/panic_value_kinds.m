./panic_value_kinds.go:12:12: f does not escape
./panic_value_kinds.go:13:8: func literal does not escape
./panic_value_kinds.go:15:13: ... argument does not escape
./panic_value_kinds.go:21:8: func literal does not escape
./panic_value_kinds.go:21:22: 1 escapes to heap
./panic_value_kinds.go:22:8: func literal does not escape
./panic_value_kinds.go:22:22: "s" escapes to heap
./panic_value_kinds.go:23:8: func literal does not escape
./panic_value_kinds.go:23:22: true escapes to heap
./panic_value_kinds.go:24:8: func literal does not escape
./panic_value_kinds.go:24:22: 2.5 escapes to heap
./panic_value_kinds.go:25:8: func literal does not escape
./panic_value_kinds.go:25:22: MyInt(3) escapes to heap
./panic_value_kinds.go:26:8: func literal does not escape
./panic_value_kinds.go:26:22: MyStr("ms") escapes to heap
./panic_value_kinds.go:27:8: func literal does not escape
./panic_value_kinds.go:27:25: Pt{...} escapes to heap
./panic_value_kinds.go:28:8: func literal does not escape
./panic_value_kinds.go:29:8: func literal does not escape
./panic_value_kinds.go:29:28: []int{...} escapes to heap
./panic_value_kinds.go:29:28: []int{...} escapes to heap
./panic_value_kinds.go:30:8: func literal does not escape
./panic_value_kinds.go:30:22: uint8(200) escapes to heap
