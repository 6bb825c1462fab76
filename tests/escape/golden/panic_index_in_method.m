./panic_index_in_method.go:8:7: leaking param content: s
./panic_index_in_method.go:9:7: s does not escape
./panic_index_in_method.go:14:13: ... argument does not escape
./panic_index_in_method.go:14:19: Stack.Top(s) escapes to heap
./panic_index_in_method.go:16:13: ... argument does not escape
./panic_index_in_method.go:16:19: Stack.Top(s) escapes to heap
