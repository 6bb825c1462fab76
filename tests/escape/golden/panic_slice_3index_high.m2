./panic_slice_3index_high.go:12:17: len(s[0:hi:max]) escapes to heap:
./panic_slice_3index_high.go:12:17:   flow: {storage for ... argument} = &{storage for len(s[0:hi:max])}:
./panic_slice_3index_high.go:12:17:     from len(s[0:hi:max]) (spill) at ./panic_slice_3index_high.go:12:17
./panic_slice_3index_high.go:12:17:     from ... argument (slice-literal-element) at ./panic_slice_3index_high.go:12:13
./panic_slice_3index_high.go:12:17:   flow: {heap} = {storage for ... argument}:
./panic_slice_3index_high.go:12:17:     from ... argument (spill) at ./panic_slice_3index_high.go:12:13
./panic_slice_3index_high.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_3index_high.go:12:13
./panic_slice_3index_high.go:10:17: len(s[0:hi:max]) escapes to heap:
./panic_slice_3index_high.go:10:17:   flow: {storage for ... argument} = &{storage for len(s[0:hi:max])}:
./panic_slice_3index_high.go:10:17:     from len(s[0:hi:max]) (spill) at ./panic_slice_3index_high.go:10:17
./panic_slice_3index_high.go:10:17:     from ... argument (slice-literal-element) at ./panic_slice_3index_high.go:10:13
./panic_slice_3index_high.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_slice_3index_high.go:10:17:     from ... argument (spill) at ./panic_slice_3index_high.go:10:13
./panic_slice_3index_high.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_3index_high.go:10:13
./panic_slice_3index_high.go:8:11: make([]int, 5) does not escape
./panic_slice_3index_high.go:10:13: ... argument does not escape
./panic_slice_3index_high.go:10:17: len(s[0:hi:max]) escapes to heap
./panic_slice_3index_high.go:12:13: ... argument does not escape
./panic_slice_3index_high.go:12:17: len(s[0:hi:max]) escapes to heap
