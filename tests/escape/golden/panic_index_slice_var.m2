./panic_index_slice_var.go:7:10: s does not escape
./panic_index_slice_var.go:12:17: get(s, 3) escapes to heap:
./panic_index_slice_var.go:12:17:   flow: {storage for ... argument} = &{storage for get(s, 3)}:
./panic_index_slice_var.go:12:17:     from get(s, 3) (spill) at ./panic_index_slice_var.go:12:17
./panic_index_slice_var.go:12:17:     from ... argument (slice-literal-element) at ./panic_index_slice_var.go:12:13
./panic_index_slice_var.go:12:17:   flow: {heap} = {storage for ... argument}:
./panic_index_slice_var.go:12:17:     from ... argument (spill) at ./panic_index_slice_var.go:12:13
./panic_index_slice_var.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index_slice_var.go:12:13
./panic_index_slice_var.go:11:28: cap(s) escapes to heap:
./panic_index_slice_var.go:11:28:   flow: {storage for ... argument} = &{storage for cap(s)}:
./panic_index_slice_var.go:11:28:     from cap(s) (spill) at ./panic_index_slice_var.go:11:28
./panic_index_slice_var.go:11:28:     from ... argument (slice-literal-element) at ./panic_index_slice_var.go:11:13
./panic_index_slice_var.go:11:28:   flow: {heap} = {storage for ... argument}:
./panic_index_slice_var.go:11:28:     from ... argument (spill) at ./panic_index_slice_var.go:11:13
./panic_index_slice_var.go:11:28:     from fmt.Println(... argument...) (call parameter) at ./panic_index_slice_var.go:11:13
./panic_index_slice_var.go:11:17: get(s, 2) escapes to heap:
./panic_index_slice_var.go:11:17:   flow: {storage for ... argument} = &{storage for get(s, 2)}:
./panic_index_slice_var.go:11:17:     from get(s, 2) (spill) at ./panic_index_slice_var.go:11:17
./panic_index_slice_var.go:11:17:     from ... argument (slice-literal-element) at ./panic_index_slice_var.go:11:13
./panic_index_slice_var.go:11:17:   flow: {heap} = {storage for ... argument}:
./panic_index_slice_var.go:11:17:     from ... argument (spill) at ./panic_index_slice_var.go:11:13
./panic_index_slice_var.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index_slice_var.go:11:13
./panic_index_slice_var.go:10:11: make([]int, 3, 10) does not escape
./panic_index_slice_var.go:11:13: ... argument does not escape
./panic_index_slice_var.go:11:17: get(s, 2) escapes to heap
./panic_index_slice_var.go:11:28: cap(s) escapes to heap
./panic_index_slice_var.go:12:13: ... argument does not escape
./panic_index_slice_var.go:12:17: get(s, 3) escapes to heap
