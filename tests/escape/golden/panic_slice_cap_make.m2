./panic_slice_cap_make.go:12:17: len(s[:hi]) escapes to heap:
./panic_slice_cap_make.go:12:17:   flow: {storage for ... argument} = &{storage for len(s[:hi])}:
./panic_slice_cap_make.go:12:17:     from len(s[:hi]) (spill) at ./panic_slice_cap_make.go:12:17
./panic_slice_cap_make.go:12:17:     from ... argument (slice-literal-element) at ./panic_slice_cap_make.go:12:13
./panic_slice_cap_make.go:12:17:   flow: {heap} = {storage for ... argument}:
./panic_slice_cap_make.go:12:17:     from ... argument (spill) at ./panic_slice_cap_make.go:12:13
./panic_slice_cap_make.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_cap_make.go:12:13
./panic_slice_cap_make.go:10:17: len(s[:hi]) escapes to heap:
./panic_slice_cap_make.go:10:17:   flow: {storage for ... argument} = &{storage for len(s[:hi])}:
./panic_slice_cap_make.go:10:17:     from len(s[:hi]) (spill) at ./panic_slice_cap_make.go:10:17
./panic_slice_cap_make.go:10:17:     from ... argument (slice-literal-element) at ./panic_slice_cap_make.go:10:13
./panic_slice_cap_make.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_slice_cap_make.go:10:17:     from ... argument (spill) at ./panic_slice_cap_make.go:10:13
./panic_slice_cap_make.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_cap_make.go:10:13
./panic_slice_cap_make.go:8:11: make([]int, 2, 4) does not escape
./panic_slice_cap_make.go:10:13: ... argument does not escape
./panic_slice_cap_make.go:10:17: len(s[:hi]) escapes to heap
./panic_slice_cap_make.go:12:13: ... argument does not escape
./panic_slice_cap_make.go:12:17: len(s[:hi]) escapes to heap
