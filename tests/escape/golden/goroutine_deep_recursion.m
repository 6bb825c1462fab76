./goroutine_deep_recursion.go:19:17: out does not escape
./goroutine_deep_recursion.go:29:13: ... argument does not escape
./goroutine_deep_recursion.go:29:16: a + b escapes to heap
