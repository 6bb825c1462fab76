./panic_slice_cap_var.go:12:15: s[:n] escapes to heap:
./panic_slice_cap_var.go:12:15:   flow: {storage for ... argument} = &{storage for s[:n]}:
./panic_slice_cap_var.go:12:15:     from s[:n] (spill) at ./panic_slice_cap_var.go:12:15
./panic_slice_cap_var.go:12:15:     from ... argument (slice-literal-element) at ./panic_slice_cap_var.go:12:13
./panic_slice_cap_var.go:12:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_cap_var.go:12:15:     from ... argument (spill) at ./panic_slice_cap_var.go:12:13
./panic_slice_cap_var.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_cap_var.go:12:13
./panic_slice_cap_var.go:10:15: s[:n] escapes to heap:
./panic_slice_cap_var.go:10:15:   flow: {storage for ... argument} = &{storage for s[:n]}:
./panic_slice_cap_var.go:10:15:     from s[:n] (spill) at ./panic_slice_cap_var.go:10:15
./panic_slice_cap_var.go:10:15:     from ... argument (slice-literal-element) at ./panic_slice_cap_var.go:10:13
./panic_slice_cap_var.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_cap_var.go:10:15:     from ... argument (spill) at ./panic_slice_cap_var.go:10:13
./panic_slice_cap_var.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_cap_var.go:10:13
./panic_slice_cap_var.go:8:12: []int{...} escapes to heap:
./panic_slice_cap_var.go:8:12:   flow: s = &{storage for []int{...}}:
./panic_slice_cap_var.go:8:12:     from []int{...} (spill) at ./panic_slice_cap_var.go:8:12
./panic_slice_cap_var.go:8:12:     from s := []int{...} (assign) at ./panic_slice_cap_var.go:8:4
./panic_slice_cap_var.go:8:12:   flow: {storage for s[:n]} = s:
./panic_slice_cap_var.go:8:12:     from s[:n] (slice) at ./panic_slice_cap_var.go:12:15
./panic_slice_cap_var.go:8:12:     from s[:n] (interface-converted) at ./panic_slice_cap_var.go:12:15
./panic_slice_cap_var.go:8:12: []int{...} escapes to heap
./panic_slice_cap_var.go:10:13: ... argument does not escape
./panic_slice_cap_var.go:10:15: s[:n] escapes to heap
./panic_slice_cap_var.go:12:13: ... argument does not escape
./panic_slice_cap_var.go:12:15: s[:n] escapes to heap
