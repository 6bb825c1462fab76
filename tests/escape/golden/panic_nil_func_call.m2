./panic_nil_func_call.go:9:15: f(1) escapes to heap:
./panic_nil_func_call.go:9:15:   flow: {storage for ... argument} = &{storage for f(1)}:
./panic_nil_func_call.go:9:15:     from f(1) (spill) at ./panic_nil_func_call.go:9:15
./panic_nil_func_call.go:9:15:     from ... argument (slice-literal-element) at ./panic_nil_func_call.go:9:13
./panic_nil_func_call.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_nil_func_call.go:9:15:     from ... argument (spill) at ./panic_nil_func_call.go:9:13
./panic_nil_func_call.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_func_call.go:9:13
./panic_nil_func_call.go:8:16: f == nil escapes to heap:
./panic_nil_func_call.go:8:16:   flow: {storage for ... argument} = &{storage for f == nil}:
./panic_nil_func_call.go:8:16:     from f == nil (spill) at ./panic_nil_func_call.go:8:16
./panic_nil_func_call.go:8:16:     from ... argument (slice-literal-element) at ./panic_nil_func_call.go:8:13
./panic_nil_func_call.go:8:16:   flow: {heap} = {storage for ... argument}:
./panic_nil_func_call.go:8:16:     from ... argument (spill) at ./panic_nil_func_call.go:8:13
./panic_nil_func_call.go:8:16:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_func_call.go:8:13
./panic_nil_func_call.go:8:13: ... argument does not escape
./panic_nil_func_call.go:8:16: f == nil escapes to heap
./panic_nil_func_call.go:9:13: ... argument does not escape
./panic_nil_func_call.go:9:15: f(1) escapes to heap
