./func_named_results.go:22:12: s does not escape
./func_named_results.go:43:21: ... argument does not escape
./func_named_results.go:43:22: "positive " escapes to heap
./func_named_results.go:43:22: n escapes to heap
./func_named_results.go:57:13: ... argument does not escape
./func_named_results.go:57:13: .autotmp_0 escapes to heap
./func_named_results.go:57:13: .autotmp_1 escapes to heap
./func_named_results.go:58:13: ... argument does not escape
./func_named_results.go:58:13: .autotmp_2 escapes to heap
./func_named_results.go:58:13: .autotmp_3 escapes to heap
./func_named_results.go:58:13: .autotmp_4 escapes to heap
./func_named_results.go:58:13: .autotmp_5 escapes to heap
./func_named_results.go:59:13: ... argument does not escape
./func_named_results.go:59:13: .autotmp_6 escapes to heap
./func_named_results.go:59:13: .autotmp_7 escapes to heap
./func_named_results.go:60:13: ... argument does not escape
./func_named_results.go:60:13: .autotmp_8 escapes to heap
./func_named_results.go:60:13: .autotmp_9 escapes to heap
./func_named_results.go:60:13: .autotmp_10 escapes to heap
./func_named_results.go:61:13: ... argument does not escape
./func_named_results.go:61:19: early(-1) escapes to heap
./func_named_results.go:61:30: early(0) escapes to heap
./func_named_results.go:61:40: early(5) escapes to heap
./func_named_results.go:62:13: ... argument does not escape
./func_named_results.go:62:20: shadow() escapes to heap
