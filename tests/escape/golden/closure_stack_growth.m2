./closure_stack_growth.go:8:2: depth capturing by ref: acc (addr=false assign=true width=8)
./closure_stack_growth.go:9:6: depth capturing by ref: pad (addr=false assign=true width=64)
./closure_stack_growth.go:10:9: func literal does not escape
./closure_stack_growth.go:18:19: f does not escape
./closure_stack_growth.go:28:2: main capturing by ref: sum (addr=false assign=true width=8)
./closure_stack_growth.go:30:13: sum escapes to heap:
./closure_stack_growth.go:30:13:   flow: {storage for ... argument} = &{storage for sum}:
./closure_stack_growth.go:30:13:     from sum (spill) at ./closure_stack_growth.go:30:13
./closure_stack_growth.go:30:13:     from ... argument (slice-literal-element) at ./closure_stack_growth.go:30:13
./closure_stack_growth.go:30:13:   flow: {heap} = {storage for ... argument}:
./closure_stack_growth.go:30:13:     from ... argument (spill) at ./closure_stack_growth.go:30:13
./closure_stack_growth.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./closure_stack_growth.go:30:13
./closure_stack_growth.go:27:19: depth(3000) escapes to heap:
./closure_stack_growth.go:27:19:   flow: {storage for ... argument} = &{storage for depth(3000)}:
./closure_stack_growth.go:27:19:     from depth(3000) (spill) at ./closure_stack_growth.go:27:19
./closure_stack_growth.go:27:19:     from ... argument (slice-literal-element) at ./closure_stack_growth.go:27:13
./closure_stack_growth.go:27:19:   flow: {heap} = {storage for ... argument}:
./closure_stack_growth.go:27:19:     from ... argument (spill) at ./closure_stack_growth.go:27:13
./closure_stack_growth.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./closure_stack_growth.go:27:13
./closure_stack_growth.go:27:13: ... argument does not escape
./closure_stack_growth.go:27:19: depth(3000) escapes to heap
./closure_stack_growth.go:29:14: func literal does not escape
./closure_stack_growth.go:30:13: ... argument does not escape
./closure_stack_growth.go:30:13: sum escapes to heap
