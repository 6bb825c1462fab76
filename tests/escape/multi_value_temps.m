./multi_value_temps.go:11:28: moved to heap: x
./multi_value_temps.go:11:31: moved to heap: y
./multi_value_temps.go:13:11: p does not escape
./multi_value_temps.go:13:14: q does not escape
./multi_value_temps.go:17:13: ... argument does not escape
./multi_value_temps.go:17:13: .autotmp_4 escapes to heap
./multi_value_temps.go:17:13: .autotmp_5 escapes to heap
./multi_value_temps.go:19:13: ... argument does not escape
./multi_value_temps.go:19:13: w escapes to heap
./multi_value_temps.go:20:13: ... argument does not escape
./multi_value_temps.go:20:13: .autotmp_7 escapes to heap
./multi_value_temps.go:20:13: .autotmp_8 escapes to heap
./multi_value_temps.go:26:7: t does not escape
./multi_value_temps.go:27:13: ... argument does not escape
./multi_value_temps.go:27:13: .autotmp_4 escapes to heap
./multi_value_temps.go:27:13: .autotmp_5 escapes to heap
./multi_value_temps.go:32:13: ... argument does not escape
./multi_value_temps.go:32:13: .autotmp_1 escapes to heap
./multi_value_temps.go:32:13: .autotmp_2 escapes to heap
./multi_value_temps.go:37:7: func literal does not escape
./multi_value_temps.go:38:14: ... argument does not escape
./multi_value_temps.go:38:14: .autotmp_1 escapes to heap
./multi_value_temps.go:38:14: .autotmp_2 escapes to heap
./multi_value_temps.go:41:25: []int{...} does not escape
./multi_value_temps.go:42:14: ... argument does not escape
./multi_value_temps.go:42:14: i escapes to heap
./multi_value_temps.go:42:14: v escapes to heap
./multi_value_temps.go:43:14: ... argument does not escape
./multi_value_temps.go:43:14: .autotmp_3 escapes to heap
./multi_value_temps.go:43:14: .autotmp_4 escapes to heap
./multi_value_temps.go:45:6: 1 does not escape
./multi_value_temps.go:48:14: ... argument does not escape
./multi_value_temps.go:48:14: z escapes to heap
./multi_value_temps.go:50:14: ... argument does not escape
./multi_value_temps.go:50:14: .autotmp_8 escapes to heap
./multi_value_temps.go:50:14: .autotmp_9 escapes to heap
./multi_value_temps.go:52:20: ... argument does not escape
./multi_value_temps.go:52:20: .autotmp_11 escapes to heap
./multi_value_temps.go:52:20: .autotmp_12 escapes to heap
./multi_value_temps.go:53:17: ... argument does not escape
./multi_value_temps.go:53:17: .autotmp_13 escapes to heap
./multi_value_temps.go:53:17: .autotmp_14 escapes to heap
./multi_value_temps.go:54:13: ... argument does not escape
./multi_value_temps.go:54:13: q escapes to heap
./multi_value_temps.go:54:13: a escapes to heap
./multi_value_temps.go:54:24: take(ptrs()) escapes to heap
./multi_value_temps.go:58:13: ... argument does not escape
./multi_value_temps.go:58:15: h(1, 2) escapes to heap
./multi_value_temps.go:63:11: ... argument does not escape
./multi_value_temps.go:63:11: .autotmp_1 escapes to heap
./multi_value_temps.go:63:11: .autotmp_2 escapes to heap
