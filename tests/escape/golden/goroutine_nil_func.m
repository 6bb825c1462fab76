./goroutine_nil_func.go:7:13: ... argument does not escape
./goroutine_nil_func.go:7:14: "starting" escapes to heap
./goroutine_nil_func.go:9:13: ... argument does not escape
./goroutine_nil_func.go:9:14: "not reached" escapes to heap
