./array_zero_values.go:23:13: ... argument does not escape
./array_zero_values.go:23:13: a escapes to heap
./array_zero_values.go:23:13: b escapes to heap
./array_zero_values.go:23:13: c escapes to heap
./array_zero_values.go:23:13: d escapes to heap
./array_zero_values.go:24:13: ... argument does not escape
./array_zero_values.go:24:13: e escapes to heap
./array_zero_values.go:24:13: f escapes to heap
./array_zero_values.go:24:13: g escapes to heap
./array_zero_values.go:25:13: ... argument does not escape
./array_zero_values.go:25:13: h escapes to heap
./array_zero_values.go:25:13: i escapes to heap
./array_zero_values.go:25:13: j escapes to heap
./array_zero_values.go:26:12: ... argument does not escape
./array_zero_values.go:26:13: b escapes to heap
./array_zero_values.go:27:13: ... argument does not escape
./array_zero_values.go:27:19: e[0] == nil escapes to heap
./array_zero_values.go:27:32: f[1] == nil escapes to heap
./array_zero_values.go:27:45: g[0] == nil escapes to heap
./array_zero_values.go:27:60: h[1].C == nil escapes to heap
./array_zero_values.go:28:13: ... argument does not escape
./array_zero_values.go:28:17: len(f[0]) escapes to heap
./array_zero_values.go:28:28: len(e[1]) escapes to heap
./array_zero_values.go:31:13: ... argument does not escape
./array_zero_values.go:31:13: partial escapes to heap
