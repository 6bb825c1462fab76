./panic_slice_3index_max.go:12:15: s[1:2:m] escapes to heap:
./panic_slice_3index_max.go:12:15:   flow: {storage for ... argument} = &{storage for s[1:2:m]}:
./panic_slice_3index_max.go:12:15:     from s[1:2:m] (spill) at ./panic_slice_3index_max.go:12:15
./panic_slice_3index_max.go:12:15:     from ... argument (slice-literal-element) at ./panic_slice_3index_max.go:12:13
./panic_slice_3index_max.go:12:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_3index_max.go:12:15:     from ... argument (spill) at ./panic_slice_3index_max.go:12:13
./panic_slice_3index_max.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_3index_max.go:12:13
./panic_slice_3index_max.go:10:15: s[1:2:m] escapes to heap:
./panic_slice_3index_max.go:10:15:   flow: {storage for ... argument} = &{storage for s[1:2:m]}:
./panic_slice_3index_max.go:10:15:     from s[1:2:m] (spill) at ./panic_slice_3index_max.go:10:15
./panic_slice_3index_max.go:10:15:     from ... argument (slice-literal-element) at ./panic_slice_3index_max.go:10:13
./panic_slice_3index_max.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_3index_max.go:10:15:     from ... argument (spill) at ./panic_slice_3index_max.go:10:13
./panic_slice_3index_max.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_3index_max.go:10:13
./panic_slice_3index_max.go:8:12: []int{...} escapes to heap:
./panic_slice_3index_max.go:8:12:   flow: s = &{storage for []int{...}}:
./panic_slice_3index_max.go:8:12:     from []int{...} (spill) at ./panic_slice_3index_max.go:8:12
./panic_slice_3index_max.go:8:12:     from s := []int{...} (assign) at ./panic_slice_3index_max.go:8:4
./panic_slice_3index_max.go:8:12:   flow: {storage for s[1:2:m]} = s:
./panic_slice_3index_max.go:8:12:     from s[1:2:m] (slice) at ./panic_slice_3index_max.go:12:15
./panic_slice_3index_max.go:8:12:     from s[1:2:m] (interface-converted) at ./panic_slice_3index_max.go:12:15
./panic_slice_3index_max.go:8:12: []int{...} escapes to heap
./panic_slice_3index_max.go:10:13: ... argument does not escape
./panic_slice_3index_max.go:10:15: s[1:2:m] escapes to heap
./panic_slice_3index_max.go:12:13: ... argument does not escape
./panic_slice_3index_max.go:12:15: s[1:2:m] escapes to heap
