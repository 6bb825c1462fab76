./defer_builtins.go:5:21: ch does not escape
./defer_builtins.go:13:8: func literal does not escape
./defer_builtins.go:14:13: "deferred panic" escapes to heap
./defer_builtins.go:15:13: ... argument does not escape
./defer_builtins.go:15:14: "body runs first" escapes to heap
./defer_builtins.go:26:13: ... argument does not escape
./defer_builtins.go:26:14: "sum" escapes to heap
./defer_builtins.go:26:14: sum escapes to heap
./defer_builtins.go:27:13: ... argument does not escape
./defer_builtins.go:27:14: "recovered:" escapes to heap
./defer_builtins.go:29:24: fmt.Sprint(... argument...) escapes to heap
./defer_builtins.go:29:24: ... argument does not escape
./defer_builtins.go:29:25: "last " escapes to heap
./defer_builtins.go:29:34: 1 escapes to heap
./defer_builtins.go:30:20: "runs before the deferred panic" escapes to heap
./defer_builtins.go:30:19: ... argument does not escape
