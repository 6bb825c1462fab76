./panic_slice_nil.go:11:15: s[:n] escapes to heap:
./panic_slice_nil.go:11:15:   flow: {storage for ... argument} = &{storage for s[:n]}:
./panic_slice_nil.go:11:15:     from s[:n] (spill) at ./panic_slice_nil.go:11:15
./panic_slice_nil.go:11:15:     from ... argument (slice-literal-element) at ./panic_slice_nil.go:11:13
./panic_slice_nil.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_nil.go:11:15:     from ... argument (spill) at ./panic_slice_nil.go:11:13
./panic_slice_nil.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_nil.go:11:13
./panic_slice_nil.go:9:20: s[:0] == nil escapes to heap:
./panic_slice_nil.go:9:20:   flow: {storage for ... argument} = &{storage for s[:0] == nil}:
./panic_slice_nil.go:9:20:     from s[:0] == nil (spill) at ./panic_slice_nil.go:9:20
./panic_slice_nil.go:9:20:     from ... argument (slice-literal-element) at ./panic_slice_nil.go:9:13
./panic_slice_nil.go:9:20:   flow: {heap} = {storage for ... argument}:
./panic_slice_nil.go:9:20:     from ... argument (spill) at ./panic_slice_nil.go:9:13
./panic_slice_nil.go:9:20:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_nil.go:9:13
./panic_slice_nil.go:9:13: ... argument does not escape
./panic_slice_nil.go:9:20: s[:0] == nil escapes to heap
./panic_slice_nil.go:11:13: ... argument does not escape
./panic_slice_nil.go:11:15: s[:n] escapes to heap
