./panic_nil_func_var.go:14:14: "unreachable" escapes to heap:
./panic_nil_func_var.go:14:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./panic_nil_func_var.go:14:14:     from "unreachable" (spill) at ./panic_nil_func_var.go:14:14
./panic_nil_func_var.go:14:14:     from ... argument (slice-literal-element) at ./panic_nil_func_var.go:14:13
./panic_nil_func_var.go:14:14:   flow: {heap} = {storage for ... argument}:
./panic_nil_func_var.go:14:14:     from ... argument (spill) at ./panic_nil_func_var.go:14:13
./panic_nil_func_var.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_func_var.go:14:13
./panic_nil_func_var.go:12:22: h.after == nil escapes to heap:
./panic_nil_func_var.go:12:22:   flow: {storage for ... argument} = &{storage for h.after == nil}:
./panic_nil_func_var.go:12:22:     from h.after == nil (spill) at ./panic_nil_func_var.go:12:22
./panic_nil_func_var.go:12:22:     from ... argument (slice-literal-element) at ./panic_nil_func_var.go:12:13
./panic_nil_func_var.go:12:22:   flow: {heap} = {storage for ... argument}:
./panic_nil_func_var.go:12:22:     from ... argument (spill) at ./panic_nil_func_var.go:12:13
./panic_nil_func_var.go:12:22:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_func_var.go:12:13
./panic_nil_func_var.go:10:50: s escapes to heap:
./panic_nil_func_var.go:10:50:   flow: {storage for ... argument} = &{storage for s}:
./panic_nil_func_var.go:10:50:     from s (spill) at ./panic_nil_func_var.go:10:50
./panic_nil_func_var.go:10:50:     from ... argument (slice-literal-element) at ./panic_nil_func_var.go:10:49
./panic_nil_func_var.go:10:50:   flow: {heap} = {storage for ... argument}:
./panic_nil_func_var.go:10:50:     from ... argument (spill) at ./panic_nil_func_var.go:10:49
./panic_nil_func_var.go:10:50:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_func_var.go:10:49
./panic_nil_func_var.go:10:50: "before" escapes to heap:
./panic_nil_func_var.go:10:50:   flow: {storage for ... argument} = &{storage for "before"}:
./panic_nil_func_var.go:10:50:     from "before" (spill) at ./panic_nil_func_var.go:10:50
./panic_nil_func_var.go:10:50:     from ... argument (slice-literal-element) at ./panic_nil_func_var.go:10:49
./panic_nil_func_var.go:10:50:   flow: {heap} = {storage for ... argument}:
./panic_nil_func_var.go:10:50:     from ... argument (spill) at ./panic_nil_func_var.go:10:49
./panic_nil_func_var.go:10:50:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_func_var.go:10:49
./panic_nil_func_var.go:10:26: parameter s leaks to {storage for s} with derefs=0:
./panic_nil_func_var.go:10:26:   flow: {storage for s} = s:
./panic_nil_func_var.go:10:26:     from s (interface-converted) at ./panic_nil_func_var.go:10:50
./panic_nil_func_var.go:10:26: leaking param: s
./panic_nil_func_var.go:10:21: func literal does not escape
./panic_nil_func_var.go:10:49: ... argument does not escape
./panic_nil_func_var.go:10:50: "before" escapes to heap
./panic_nil_func_var.go:10:50: s escapes to heap
./panic_nil_func_var.go:12:13: ... argument does not escape
./panic_nil_func_var.go:12:22: h.after == nil escapes to heap
./panic_nil_func_var.go:14:13: ... argument does not escape
./panic_nil_func_var.go:14:14: "unreachable" escapes to heap
