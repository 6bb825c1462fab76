./closure_generator.go:7:2: fibGen capturing by ref: a (addr=false assign=true width=8)
./closure_generator.go:7:5: fibGen capturing by ref: b (addr=false assign=true width=8)
./closure_generator.go:8:9: func literal escapes to heap:
./closure_generator.go:8:9:   flow: ~r0 = &{storage for func literal}:
./closure_generator.go:8:9:     from func literal (spill) at ./closure_generator.go:8:9
./closure_generator.go:8:9:     from return func literal (return) at ./closure_generator.go:8:2
./closure_generator.go:7:5: b escapes to heap:
./closure_generator.go:7:5:   flow: {storage for func literal} = &b:
./closure_generator.go:7:5:     from b (captured by a closure) at ./closure_generator.go:10:10
./closure_generator.go:7:5:     from b (reference) at ./closure_generator.go:10:10
./closure_generator.go:7:2: a escapes to heap:
./closure_generator.go:7:2:   flow: {storage for func literal} = &a:
./closure_generator.go:7:2:     from a (captured by a closure) at ./closure_generator.go:9:8
./closure_generator.go:7:2:     from a (reference) at ./closure_generator.go:9:8
./closure_generator.go:7:2: moved to heap: a
./closure_generator.go:7:5: moved to heap: b
./closure_generator.go:8:9: func literal escapes to heap
./closure_generator.go:16:2: rangeGen capturing by ref: cur (addr=false assign=true width=8)
./closure_generator.go:15:19: rangeGen capturing by value: hi (addr=false assign=false width=8)
./closure_generator.go:15:23: rangeGen capturing by value: step (addr=false assign=false width=8)
./closure_generator.go:17:9: func literal escapes to heap:
./closure_generator.go:17:9:   flow: ~r0 = &{storage for func literal}:
./closure_generator.go:17:9:     from func literal (spill) at ./closure_generator.go:17:9
./closure_generator.go:17:9:     from return func literal (return) at ./closure_generator.go:17:2
./closure_generator.go:15:23: parameter step leaks to {storage for func literal} with derefs=0:
./closure_generator.go:15:23:   flow: {storage for func literal} = step:
./closure_generator.go:15:23:     from step (captured by a closure) at ./closure_generator.go:22:10
./closure_generator.go:15:19: parameter hi leaks to {storage for func literal} with derefs=0:
./closure_generator.go:15:19:   flow: {storage for func literal} = hi:
./closure_generator.go:15:19:     from hi (captured by a closure) at ./closure_generator.go:18:13
./closure_generator.go:16:2: cur escapes to heap:
./closure_generator.go:16:2:   flow: {storage for func literal} = &cur:
./closure_generator.go:16:2:     from cur (captured by a closure) at ./closure_generator.go:18:6
./closure_generator.go:16:2:     from cur (reference) at ./closure_generator.go:18:6
./closure_generator.go:16:2: moved to heap: cur
./closure_generator.go:17:9: func literal escapes to heap
./closure_generator.go:35:16: "," escapes to heap:
./closure_generator.go:35:16:   flow: {storage for ... argument} = &{storage for ","}:
./closure_generator.go:35:16:     from "," (spill) at ./closure_generator.go:35:16
./closure_generator.go:35:16:     from ... argument (slice-literal-element) at ./closure_generator.go:35:12
./closure_generator.go:35:16:   flow: {heap} = {storage for ... argument}:
./closure_generator.go:35:16:     from ... argument (spill) at ./closure_generator.go:35:12
./closure_generator.go:35:16:     from fmt.Print(... argument...) (call parameter) at ./closure_generator.go:35:12
./closure_generator.go:35:12: v escapes to heap:
./closure_generator.go:35:12:   flow: {storage for ... argument} = &{storage for v}:
./closure_generator.go:35:12:     from v (spill) at ./closure_generator.go:35:12
./closure_generator.go:35:12:     from ... argument (slice-literal-element) at ./closure_generator.go:35:12
./closure_generator.go:35:12:   flow: {heap} = {storage for ... argument}:
./closure_generator.go:35:12:     from ... argument (spill) at ./closure_generator.go:35:12
./closure_generator.go:35:12:     from fmt.Print(... argument...) (call parameter) at ./closure_generator.go:35:12
./closure_generator.go:30:18: " " escapes to heap:
./closure_generator.go:30:18:   flow: {storage for ... argument} = &{storage for " "}:
./closure_generator.go:30:18:     from " " (spill) at ./closure_generator.go:30:18
./closure_generator.go:30:18:     from ... argument (slice-literal-element) at ./closure_generator.go:30:12
./closure_generator.go:30:18:   flow: {heap} = {storage for ... argument}:
./closure_generator.go:30:18:     from ... argument (spill) at ./closure_generator.go:30:12
./closure_generator.go:30:18:     from fmt.Print(... argument...) (call parameter) at ./closure_generator.go:30:12
./closure_generator.go:30:14: f() escapes to heap:
./closure_generator.go:30:14:   flow: {storage for ... argument} = &{storage for f()}:
./closure_generator.go:30:14:     from f() (spill) at ./closure_generator.go:30:14
./closure_generator.go:30:14:     from ... argument (slice-literal-element) at ./closure_generator.go:30:12
./closure_generator.go:30:14:   flow: {heap} = {storage for ... argument}:
./closure_generator.go:30:14:     from ... argument (spill) at ./closure_generator.go:30:12
./closure_generator.go:30:14:     from fmt.Print(... argument...) (call parameter) at ./closure_generator.go:30:12
./closure_generator.go:30:12: ... argument does not escape
./closure_generator.go:30:14: f() escapes to heap
./closure_generator.go:30:18: " " escapes to heap
./closure_generator.go:35:12: ... argument does not escape
./closure_generator.go:35:12: v escapes to heap
./closure_generator.go:35:16: "," escapes to heap
