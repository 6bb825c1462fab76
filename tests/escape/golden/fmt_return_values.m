./fmt_return_values.go:8:23: ... argument does not escape
./fmt_return_values.go:8:24: "counted" escapes to heap
./fmt_return_values.go:9:13: ... argument does not escape
./fmt_return_values.go:9:13: n escapes to heap
./fmt_return_values.go:9:21: err == nil escapes to heap
./fmt_return_values.go:10:18: ... argument does not escape
./fmt_return_values.go:10:19: "abc" escapes to heap
./fmt_return_values.go:10:26: 1 escapes to heap
./fmt_return_values.go:10:29: 2 escapes to heap
./fmt_return_values.go:10:32: "\n" escapes to heap
./fmt_return_values.go:11:13: ... argument does not escape
./fmt_return_values.go:11:13: n escapes to heap
./fmt_return_values.go:12:19: ... argument does not escape
./fmt_return_values.go:12:31: 42 escapes to heap
./fmt_return_values.go:12:35: "é" escapes to heap
./fmt_return_values.go:13:13: ... argument does not escape
./fmt_return_values.go:13:13: n escapes to heap
./fmt_return_values.go:15:13: ... argument does not escape
./fmt_return_values.go:15:13: m escapes to heap
