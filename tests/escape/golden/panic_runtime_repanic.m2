./panic_runtime_repanic.go:13:15: a[i] escapes to heap:
./panic_runtime_repanic.go:13:15:   flow: {storage for ... argument} = &{storage for a[i]}:
./panic_runtime_repanic.go:13:15:     from a[i] (spill) at ./panic_runtime_repanic.go:13:15
./panic_runtime_repanic.go:13:15:     from ... argument (slice-literal-element) at ./panic_runtime_repanic.go:13:13
./panic_runtime_repanic.go:13:15:   flow: {heap} = {storage for ... argument}:
./panic_runtime_repanic.go:13:15:     from ... argument (spill) at ./panic_runtime_repanic.go:13:13
./panic_runtime_repanic.go:13:15:     from fmt.Println(... argument...) (call parameter) at ./panic_runtime_repanic.go:13:13
./panic_runtime_repanic.go:8:15: "got" escapes to heap:
./panic_runtime_repanic.go:8:15:   flow: {storage for ... argument} = &{storage for "got"}:
./panic_runtime_repanic.go:8:15:     from "got" (spill) at ./panic_runtime_repanic.go:8:15
./panic_runtime_repanic.go:8:15:     from ... argument (slice-literal-element) at ./panic_runtime_repanic.go:8:14
./panic_runtime_repanic.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_runtime_repanic.go:8:15:     from ... argument (spill) at ./panic_runtime_repanic.go:8:14
./panic_runtime_repanic.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_runtime_repanic.go:8:14
./panic_runtime_repanic.go:6:8: func literal does not escape
./panic_runtime_repanic.go:8:14: ... argument does not escape
./panic_runtime_repanic.go:8:15: "got" escapes to heap
./panic_runtime_repanic.go:11:12: []int{...} does not escape
./panic_runtime_repanic.go:13:13: ... argument does not escape
./panic_runtime_repanic.go:13:15: a[i] escapes to heap
