./func_multi_results.go:11:11: leaking param: a to result ~r1 level=0
./func_multi_results.go:11:14: leaking param: b to result ~r0 level=0
./func_multi_results.go:34:33: leaking param: s
./func_multi_results.go:35:20: ... argument does not escape
./func_multi_results.go:35:21: n escapes to heap
./func_multi_results.go:35:21: f escapes to heap
./func_multi_results.go:35:21: s escapes to heap
./func_multi_results.go:38:19: b does not escape
./func_multi_results.go:38:22: c does not escape
./func_multi_results.go:46:13: ... argument does not escape
./func_multi_results.go:46:13: q escapes to heap
./func_multi_results.go:46:13: r escapes to heap
./func_multi_results.go:47:13: ... argument does not escape
./func_multi_results.go:47:13: .autotmp_2 escapes to heap
./func_multi_results.go:47:13: .autotmp_3 escapes to heap
./func_multi_results.go:48:13: ... argument does not escape
./func_multi_results.go:48:13: .autotmp_4 escapes to heap
./func_multi_results.go:48:13: .autotmp_5 escapes to heap
./func_multi_results.go:49:13: ... argument does not escape
./func_multi_results.go:49:17: add(divmod(100, 7)) escapes to heap
./func_multi_results.go:50:13: ... argument does not escape
./func_multi_results.go:50:22: describe(three()) escapes to heap
./func_multi_results.go:52:13: ... argument does not escape
./func_multi_results.go:52:13: lo escapes to heap
./func_multi_results.go:52:13: hi escapes to heap
./func_multi_results.go:54:13: ... argument does not escape
./func_multi_results.go:54:13: hi escapes to heap
./func_multi_results.go:55:13: ... argument does not escape
./func_multi_results.go:55:19: mixed(1, "ab", "cde", 250) escapes to heap
./func_multi_results.go:58:13: ... argument does not escape
./func_multi_results.go:58:13: a escapes to heap
./func_multi_results.go:58:13: b escapes to heap
./func_multi_results.go:59:11: ... argument does not escape
./func_multi_results.go:59:11: .autotmp_17 escapes to heap
./func_multi_results.go:59:11: .autotmp_18 escapes to heap
./func_multi_results.go:61:17: ... argument does not escape
./func_multi_results.go:61:17: .autotmp_19 escapes to heap
./func_multi_results.go:61:17: .autotmp_20 escapes to heap
./func_multi_results.go:61:17: .autotmp_21 escapes to heap
./func_multi_results.go:62:13: ... argument does not escape
./func_multi_results.go:62:13: s escapes to heap
