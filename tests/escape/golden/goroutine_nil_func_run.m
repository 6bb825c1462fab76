./goroutine_nil_func_run.go:10:13: ... argument does not escape
./goroutine_nil_func_run.go:10:14: "starting" escapes to heap
./goroutine_nil_func_run.go:13:13: ... argument does not escape
./goroutine_nil_func_run.go:13:14: "not reached" escapes to heap
