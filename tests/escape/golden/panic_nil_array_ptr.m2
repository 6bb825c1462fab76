./panic_nil_array_ptr.go:11:15: p[i] escapes to heap:
./panic_nil_array_ptr.go:11:15:   flow: {storage for ... argument} = &{storage for p[i]}:
./panic_nil_array_ptr.go:11:15:     from p[i] (spill) at ./panic_nil_array_ptr.go:11:15
./panic_nil_array_ptr.go:11:15:     from ... argument (slice-literal-element) at ./panic_nil_array_ptr.go:11:13
./panic_nil_array_ptr.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_nil_array_ptr.go:11:15:     from ... argument (spill) at ./panic_nil_array_ptr.go:11:13
./panic_nil_array_ptr.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_array_ptr.go:11:13
./panic_nil_array_ptr.go:9:17: len(p) escapes to heap:
./panic_nil_array_ptr.go:9:17:   flow: {storage for ... argument} = &{storage for len(p)}:
./panic_nil_array_ptr.go:9:17:     from len(p) (spill) at ./panic_nil_array_ptr.go:9:17
./panic_nil_array_ptr.go:9:17:     from ... argument (slice-literal-element) at ./panic_nil_array_ptr.go:9:13
./panic_nil_array_ptr.go:9:17:   flow: {heap} = {storage for ... argument}:
./panic_nil_array_ptr.go:9:17:     from ... argument (spill) at ./panic_nil_array_ptr.go:9:13
./panic_nil_array_ptr.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_array_ptr.go:9:13
./panic_nil_array_ptr.go:9:13: ... argument does not escape
./panic_nil_array_ptr.go:9:17: len(p) escapes to heap
./panic_nil_array_ptr.go:11:13: ... argument does not escape
./panic_nil_array_ptr.go:11:15: p[i] escapes to heap
