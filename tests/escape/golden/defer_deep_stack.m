./defer_deep_stack.go:16:21: leaking param content: log
./defer_deep_stack.go:22:13: p does not escape
./defer_deep_stack.go:20:8: func literal does not escape
./defer_deep_stack.go:22:8: func literal does not escape
./defer_deep_stack.go:29:8: func literal does not escape
./defer_deep_stack.go:30:14: ... argument does not escape
./defer_deep_stack.go:30:15: "deferred sees" escapes to heap
./defer_deep_stack.go:30:32: *p escapes to heap
./defer_deep_stack.go:30:40: deep(500) escapes to heap
./defer_deep_stack.go:34:13: ... argument does not escape
./defer_deep_stack.go:34:17: len(log) escapes to heap
./defer_deep_stack.go:34:27: log[0] escapes to heap
./defer_deep_stack.go:34:35: log[1] escapes to heap
./defer_deep_stack.go:34:43: log[98] escapes to heap
./defer_deep_stack.go:34:52: log[99] escapes to heap
./defer_deep_stack.go:35:8: func literal does not escape
./defer_deep_stack.go:37:15: ... argument does not escape
./defer_deep_stack.go:37:16: "recovered after deep recursion:" escapes to heap
./defer_deep_stack.go:37:58: deep(1000) escapes to heap
