./defer_lifo.go:6:20: "first deferred, runs last" escapes to heap
./defer_lifo.go:6:19: ... argument does not escape
./defer_lifo.go:7:20: "second deferred" escapes to heap
./defer_lifo.go:7:19: ... argument does not escape
./defer_lifo.go:8:20: "third deferred, runs first" escapes to heap
./defer_lifo.go:8:19: ... argument does not escape
./defer_lifo.go:9:13: ... argument does not escape
./defer_lifo.go:9:14: "body of three" escapes to heap
./defer_lifo.go:14:20: "main's defer" escapes to heap
./defer_lifo.go:14:19: ... argument does not escape
./defer_lifo.go:15:13: ... argument does not escape
./defer_lifo.go:15:14: "end of main" escapes to heap
