./panic_nil_value.go:6:2: func literal does not escape
./panic_nil_value.go:7:9: func literal does not escape
./panic_nil_value.go:9:15: ... argument does not escape
./panic_nil_value.go:9:16: "recovered nil:" escapes to heap
./panic_nil_value.go:9:36: r == nil escapes to heap
./panic_nil_value.go:13:13: ... argument does not escape
./panic_nil_value.go:13:14: "continues" escapes to heap
