./panic_index_slice_negative.go:11:15: s[k] escapes to heap:
./panic_index_slice_negative.go:11:15:   flow: {storage for ... argument} = &{storage for s[k]}:
./panic_index_slice_negative.go:11:15:     from s[k] (spill) at ./panic_index_slice_negative.go:11:15
./panic_index_slice_negative.go:11:15:     from ... argument (slice-literal-element) at ./panic_index_slice_negative.go:11:13
./panic_index_slice_negative.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_index_slice_negative.go:11:15:     from ... argument (spill) at ./panic_index_slice_negative.go:11:13
./panic_index_slice_negative.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_slice_negative.go:11:13
./panic_index_slice_negative.go:10:15: s[k + 2] escapes to heap:
./panic_index_slice_negative.go:10:15:   flow: {storage for ... argument} = &{storage for s[k + 2]}:
./panic_index_slice_negative.go:10:15:     from s[k + 2] (spill) at ./panic_index_slice_negative.go:10:15
./panic_index_slice_negative.go:10:15:     from ... argument (slice-literal-element) at ./panic_index_slice_negative.go:10:13
./panic_index_slice_negative.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_index_slice_negative.go:10:15:     from ... argument (spill) at ./panic_index_slice_negative.go:10:13
./panic_index_slice_negative.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_slice_negative.go:10:13
./panic_index_slice_negative.go:8:12: []int{...} does not escape
./panic_index_slice_negative.go:10:13: ... argument does not escape
./panic_index_slice_negative.go:10:15: s[k + 2] escapes to heap
./panic_index_slice_negative.go:11:13: ... argument does not escape
./panic_index_slice_negative.go:11:15: s[k] escapes to heap
