./recover_results.go:9:8: func literal does not escape
./recover_results.go:10:7: "x" escapes to heap
./recover_results.go:14:8: func literal does not escape
./recover_results.go:20:7: "y" escapes to heap
./recover_results.go:23:12: s does not escape
./recover_results.go:24:8: func literal does not escape
./recover_results.go:26:31: ... argument does not escape
./recover_results.go:26:32: "parse failed: " escapes to heap
./recover_results.go:29:17: []int{} does not escape
./recover_results.go:32:20: fmt.Sprint(... argument...) escapes to heap
./recover_results.go:32:20: ... argument does not escape
./recover_results.go:32:21: "bad digit " escapes to heap
./recover_results.go:32:41: string(c) escapes to heap
./recover_results.go:32:41: string(c) escapes to heap
./recover_results.go:43:8: func literal does not escape
./recover_results.go:44:8: func literal does not escape
./recover_results.go:44:22: "late" escapes to heap
./recover_results.go:49:13: ... argument does not escape
./recover_results.go:49:13: .autotmp_0 escapes to heap
./recover_results.go:49:13: .autotmp_1 escapes to heap
./recover_results.go:50:13: ... argument does not escape
./recover_results.go:50:13: .autotmp_2 escapes to heap
./recover_results.go:50:13: .autotmp_3 escapes to heap
./recover_results.go:51:13: ... argument does not escape
./recover_results.go:51:13: .autotmp_4 escapes to heap
./recover_results.go:52:13: ... argument does not escape
./recover_results.go:52:13: .autotmp_6 escapes to heap
./recover_results.go:53:13: ... argument does not escape
./recover_results.go:53:25: afterReturn() escapes to heap
