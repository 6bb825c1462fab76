./defer_args_eval.go:7:16: leaking param: tag
./defer_args_eval.go:7:42: ... argument does not escape
./defer_args_eval.go:7:42: tag escapes to heap
./defer_args_eval.go:7:48: "value receiver" escapes to heap
./defer_args_eval.go:7:67: p.x escapes to heap
./defer_args_eval.go:8:7: p does not escape
./defer_args_eval.go:8:17: leaking param: tag
./defer_args_eval.go:8:42: ... argument does not escape
./defer_args_eval.go:8:42: tag escapes to heap
./defer_args_eval.go:8:48: "pointer receiver" escapes to heap
./defer_args_eval.go:8:69: p.x escapes to heap
./defer_args_eval.go:11:13: ... argument does not escape
./defer_args_eval.go:11:14: "evaluating" escapes to heap
./defer_args_eval.go:11:14: n escapes to heap
./defer_args_eval.go:15:21: leaking param: s
./defer_args_eval.go:15:44: ... argument does not escape
./defer_args_eval.go:15:45: "show" escapes to heap
./defer_args_eval.go:15:45: a escapes to heap
./defer_args_eval.go:15:45: b escapes to heap
./defer_args_eval.go:15:45: s escapes to heap
./defer_args_eval.go:27:20: "slice" escapes to heap
./defer_args_eval.go:27:34: []int{...} escapes to heap
./defer_args_eval.go:27:34: []int{...} escapes to heap
./defer_args_eval.go:27:19: ... argument does not escape
./defer_args_eval.go:28:13: ... argument does not escape
./defer_args_eval.go:28:14: "main body done" escapes to heap
./defer_args_eval.go:28:14: x escapes to heap
./defer_args_eval.go:28:14: s escapes to heap
