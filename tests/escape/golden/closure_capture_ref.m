./closure_capture_ref.go:38:14: leaking param: t
./closure_capture_ref.go:43:14: leaking param: k
./closure_capture_ref.go:9:10: func literal does not escape
./closure_capture_ref.go:11:13: ... argument does not escape
./closure_capture_ref.go:11:18: show() escapes to heap
./closure_capture_ref.go:13:10: func literal does not escape
./closure_capture_ref.go:16:13: ... argument does not escape
./closure_capture_ref.go:16:13: x escapes to heap
./closure_capture_ref.go:16:21: show() escapes to heap
./closure_capture_ref.go:18:12: []int{...} escapes to heap
./closure_capture_ref.go:19:14: func literal does not escape
./closure_capture_ref.go:22:13: ... argument does not escape
./closure_capture_ref.go:22:13: s escapes to heap
./closure_capture_ref.go:25:12: func literal does not escape
./closure_capture_ref.go:27:13: ... argument does not escape
./closure_capture_ref.go:27:13: arr escapes to heap
./closure_capture_ref.go:31:10: func literal does not escape
./closure_capture_ref.go:35:13: ... argument does not escape
./closure_capture_ref.go:35:15: p.X escapes to heap
./closure_capture_ref.go:35:20: q.X escapes to heap
./closure_capture_ref.go:38:9: func literal does not escape
./closure_capture_ref.go:40:13: ... argument does not escape
./closure_capture_ref.go:40:17: add("c") escapes to heap
./closure_capture_ref.go:40:17: str escapes to heap
./closure_capture_ref.go:42:21: map[string]int{} escapes to heap
./closure_capture_ref.go:43:9: func literal does not escape
./closure_capture_ref.go:46:13: ... argument does not escape
./closure_capture_ref.go:51:13: ... argument does not escape
./closure_capture_ref.go:51:13: s escapes to heap
