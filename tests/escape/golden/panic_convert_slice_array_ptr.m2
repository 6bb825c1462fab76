./panic_convert_slice_array_ptr.go:8:12: []int{...} escapes to heap:
./panic_convert_slice_array_ptr.go:8:12:   flow: s = &{storage for []int{...}}:
./panic_convert_slice_array_ptr.go:8:12:     from []int{...} (spill) at ./panic_convert_slice_array_ptr.go:8:12
./panic_convert_slice_array_ptr.go:8:12:     from s := []int{...} (assign) at ./panic_convert_slice_array_ptr.go:8:4
./panic_convert_slice_array_ptr.go:8:12:   flow: t = s:
./panic_convert_slice_array_ptr.go:8:12:     from s[:3] (slice) at ./panic_convert_slice_array_ptr.go:12:8
./panic_convert_slice_array_ptr.go:8:12:     from t := s[:3] (assign) at ./panic_convert_slice_array_ptr.go:12:4
./panic_convert_slice_array_ptr.go:8:12:   flow: q = t:
./panic_convert_slice_array_ptr.go:8:12:     from q := (*[4]int)(t) (assign) at ./panic_convert_slice_array_ptr.go:13:4
./panic_convert_slice_array_ptr.go:8:12:   flow: {storage for ... argument} = q:
./panic_convert_slice_array_ptr.go:8:12:     from q (interface-converted) at ./panic_convert_slice_array_ptr.go:14:13
./panic_convert_slice_array_ptr.go:8:12:     from ... argument (slice-literal-element) at ./panic_convert_slice_array_ptr.go:14:13
./panic_convert_slice_array_ptr.go:8:12:   flow: {heap} = {storage for ... argument}:
./panic_convert_slice_array_ptr.go:8:12:     from ... argument (spill) at ./panic_convert_slice_array_ptr.go:14:13
./panic_convert_slice_array_ptr.go:8:12:     from fmt.Println(... argument...) (call parameter) at ./panic_convert_slice_array_ptr.go:14:13
./panic_convert_slice_array_ptr.go:11:23: len(p) escapes to heap:
./panic_convert_slice_array_ptr.go:11:23:   flow: {storage for ... argument} = &{storage for len(p)}:
./panic_convert_slice_array_ptr.go:11:23:     from len(p) (spill) at ./panic_convert_slice_array_ptr.go:11:23
./panic_convert_slice_array_ptr.go:11:23:     from ... argument (slice-literal-element) at ./panic_convert_slice_array_ptr.go:11:13
./panic_convert_slice_array_ptr.go:11:23:   flow: {heap} = {storage for ... argument}:
./panic_convert_slice_array_ptr.go:11:23:     from ... argument (spill) at ./panic_convert_slice_array_ptr.go:11:13
./panic_convert_slice_array_ptr.go:11:23:     from fmt.Println(... argument...) (call parameter) at ./panic_convert_slice_array_ptr.go:11:13
./panic_convert_slice_array_ptr.go:11:15: s[0] escapes to heap:
./panic_convert_slice_array_ptr.go:11:15:   flow: {storage for ... argument} = &{storage for s[0]}:
./panic_convert_slice_array_ptr.go:11:15:     from s[0] (spill) at ./panic_convert_slice_array_ptr.go:11:15
./panic_convert_slice_array_ptr.go:11:15:     from ... argument (slice-literal-element) at ./panic_convert_slice_array_ptr.go:11:13
./panic_convert_slice_array_ptr.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_convert_slice_array_ptr.go:11:15:     from ... argument (spill) at ./panic_convert_slice_array_ptr.go:11:13
./panic_convert_slice_array_ptr.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_convert_slice_array_ptr.go:11:13
./panic_convert_slice_array_ptr.go:8:12: []int{...} escapes to heap
./panic_convert_slice_array_ptr.go:11:13: ... argument does not escape
./panic_convert_slice_array_ptr.go:11:15: s[0] escapes to heap
./panic_convert_slice_array_ptr.go:11:23: len(p) escapes to heap
./panic_convert_slice_array_ptr.go:14:13: ... argument does not escape
