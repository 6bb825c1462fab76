./panic_nil_func_call.go:8:13: ... argument does not escape
./panic_nil_func_call.go:8:16: f == nil escapes to heap
./panic_nil_func_call.go:9:13: ... argument does not escape
./panic_nil_func_call.go:9:15: f(1) escapes to heap
