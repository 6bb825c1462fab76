./panic_slice_bounds.go:11:15: s[1:hi] escapes to heap:
./panic_slice_bounds.go:11:15:   flow: {storage for ... argument} = &{storage for s[1:hi]}:
./panic_slice_bounds.go:11:15:     from s[1:hi] (spill) at ./panic_slice_bounds.go:11:15
./panic_slice_bounds.go:11:15:     from ... argument (slice-literal-element) at ./panic_slice_bounds.go:11:13
./panic_slice_bounds.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_bounds.go:11:15:     from ... argument (spill) at ./panic_slice_bounds.go:11:13
./panic_slice_bounds.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_bounds.go:11:13
./panic_slice_bounds.go:10:15: s[1:3] escapes to heap:
./panic_slice_bounds.go:10:15:   flow: {storage for ... argument} = &{storage for s[1:3]}:
./panic_slice_bounds.go:10:15:     from s[1:3] (spill) at ./panic_slice_bounds.go:10:15
./panic_slice_bounds.go:10:15:     from ... argument (slice-literal-element) at ./panic_slice_bounds.go:10:13
./panic_slice_bounds.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_bounds.go:10:15:     from ... argument (spill) at ./panic_slice_bounds.go:10:13
./panic_slice_bounds.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_bounds.go:10:13
./panic_slice_bounds.go:10:13: ... argument does not escape
./panic_slice_bounds.go:10:15: s[1:3] escapes to heap
./panic_slice_bounds.go:11:13: ... argument does not escape
./panic_slice_bounds.go:11:15: s[1:hi] escapes to heap
