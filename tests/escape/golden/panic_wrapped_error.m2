./panic_wrapped_error.go:10:53: "op<" + o.Name + ">" escapes to heap:
./panic_wrapped_error.go:10:53:   flow: ~r0 = &{storage for "op<" + o.Name + ">"}:
./panic_wrapped_error.go:10:53:     from "op<" + o.Name + ">" (spill) at ./panic_wrapped_error.go:10:53
./panic_wrapped_error.go:10:53:     from return "op<" + o.Name + ">" (return) at ./panic_wrapped_error.go:10:31
./panic_wrapped_error.go:10:7: o does not escape
./panic_wrapped_error.go:10:53: "op<" + o.Name + ">" escapes to heap
./panic_wrapped_error.go:21:35: "f.txt" escapes to heap:
./panic_wrapped_error.go:21:35:   flow: {storage for ... argument} = &{storage for "f.txt"}:
./panic_wrapped_error.go:21:35:     from "f.txt" (spill) at ./panic_wrapped_error.go:21:35
./panic_wrapped_error.go:21:35:     from ... argument (slice-literal-element) at ./panic_wrapped_error.go:21:18
./panic_wrapped_error.go:21:35:   flow: {heap} = {storage for ... argument}:
./panic_wrapped_error.go:21:35:     from ... argument (spill) at ./panic_wrapped_error.go:21:18
./panic_wrapped_error.go:21:35:     from fmt.Errorf("write %s: %w", ... argument...) (call parameter) at ./panic_wrapped_error.go:21:18
./panic_wrapped_error.go:18:47: Op{...} escapes to heap:
./panic_wrapped_error.go:18:47:   flow: {storage for ... argument} = &{storage for Op{...}}:
./panic_wrapped_error.go:18:47:     from Op{...} (spill) at ./panic_wrapped_error.go:18:47
./panic_wrapped_error.go:18:47:     from ... argument (slice-literal-element) at ./panic_wrapped_error.go:18:19
./panic_wrapped_error.go:18:47:   flow: {heap} = {storage for ... argument}:
./panic_wrapped_error.go:18:47:     from ... argument (spill) at ./panic_wrapped_error.go:18:19
./panic_wrapped_error.go:18:47:     from fmt.Errorf("while handling %v: %w", ... argument...) (call parameter) at ./panic_wrapped_error.go:18:19
./panic_wrapped_error.go:15:15: "got:" escapes to heap:
./panic_wrapped_error.go:15:15:   flow: {storage for ... argument} = &{storage for "got:"}:
./panic_wrapped_error.go:15:15:     from "got:" (spill) at ./panic_wrapped_error.go:15:15
./panic_wrapped_error.go:15:15:     from ... argument (slice-literal-element) at ./panic_wrapped_error.go:15:14
./panic_wrapped_error.go:15:15:   flow: {heap} = {storage for ... argument}:
./panic_wrapped_error.go:15:15:     from ... argument (spill) at ./panic_wrapped_error.go:15:14
./panic_wrapped_error.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./panic_wrapped_error.go:15:14
./panic_wrapped_error.go:13:8: func literal does not escape
./panic_wrapped_error.go:15:14: ... argument does not escape
./panic_wrapped_error.go:15:15: "got:" escapes to heap
./panic_wrapped_error.go:17:14: ... argument does not escape
./panic_wrapped_error.go:18:19: ... argument does not escape
./panic_wrapped_error.go:18:47: Op{...} escapes to heap
./panic_wrapped_error.go:21:18: ... argument does not escape
./panic_wrapped_error.go:21:35: "f.txt" escapes to heap
