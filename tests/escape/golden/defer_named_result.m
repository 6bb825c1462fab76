./defer_named_result.go:9:8: func literal does not escape
./defer_named_result.go:14:8: func literal does not escape
./defer_named_result.go:15:8: func literal does not escape
./defer_named_result.go:21:8: func literal does not escape
./defer_named_result.go:23:31: ... argument does not escape
./defer_named_result.go:23:32: "wrapped: " escapes to heap
./defer_named_result.go:31:8: func literal does not escape
./defer_named_result.go:36:8: func literal does not escape
./defer_named_result.go:41:8: func literal does not escape
./defer_named_result.go:41:33: ... argument does not escape
./defer_named_result.go:41:33: msg escapes to heap
./defer_named_result.go:41:39: "!" escapes to heap
./defer_named_result.go:47:13: ... argument does not escape
./defer_named_result.go:47:20: double() escapes to heap
./defer_named_result.go:48:13: ... argument does not escape
./defer_named_result.go:48:22: sequence() escapes to heap
./defer_named_result.go:49:13: ... argument does not escape
./defer_named_result.go:50:13: ... argument does not escape
./defer_named_result.go:50:31: unnamedNotChanged() escapes to heap
./defer_named_result.go:51:13: ... argument does not escape
./defer_named_result.go:51:13: .autotmp_0 escapes to heap
./defer_named_result.go:51:13: .autotmp_1 escapes to heap
./defer_named_result.go:52:13: ... argument does not escape
./defer_named_result.go:52:13: .autotmp_2 escapes to heap
./defer_named_result.go:52:13: .autotmp_3 escapes to heap
