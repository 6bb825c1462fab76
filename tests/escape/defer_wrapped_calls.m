./defer_wrapped_calls.go:23:12: devirtualizing it.M to T
./defer_wrapped_calls.go:11:12: p does not escape
./defer_wrapped_calls.go:15:13: p does not escape
./defer_wrapped_calls.go:17:17: p does not escape
./defer_wrapped_calls.go:20:14: p does not escape
./defer_wrapped_calls.go:24:10: p does not escape
./defer_wrapped_calls.go:14:5: moved to heap: y
./defer_wrapped_calls.go:14:8: moved to heap: z
./defer_wrapped_calls.go:14:14: moved to heap: v
./defer_wrapped_calls.go:25:2: moved to heap: a
./defer_wrapped_calls.go:15:8: func literal escapes to heap
./defer_wrapped_calls.go:17:12: func literal does not escape
./defer_wrapped_calls.go:20:9: func literal escapes to heap
./defer_wrapped_calls.go:22:14: T{} does not escape
./defer_wrapped_calls.go:24:5: func literal escapes to heap
