./panic_slice_low_var.go:12:15: s[lo:] escapes to heap:
./panic_slice_low_var.go:12:15:   flow: {storage for ... argument} = &{storage for s[lo:]}:
./panic_slice_low_var.go:12:15:     from s[lo:] (spill) at ./panic_slice_low_var.go:12:15
./panic_slice_low_var.go:12:15:     from ... argument (slice-literal-element) at ./panic_slice_low_var.go:12:13
./panic_slice_low_var.go:12:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_low_var.go:12:15:     from ... argument (spill) at ./panic_slice_low_var.go:12:13
./panic_slice_low_var.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_low_var.go:12:13
./panic_slice_low_var.go:10:25: len(s[lo:]) escapes to heap:
./panic_slice_low_var.go:10:25:   flow: {storage for ... argument} = &{storage for len(s[lo:])}:
./panic_slice_low_var.go:10:25:     from len(s[lo:]) (spill) at ./panic_slice_low_var.go:10:25
./panic_slice_low_var.go:10:25:     from ... argument (slice-literal-element) at ./panic_slice_low_var.go:10:13
./panic_slice_low_var.go:10:25:   flow: {heap} = {storage for ... argument}:
./panic_slice_low_var.go:10:25:     from ... argument (spill) at ./panic_slice_low_var.go:10:13
./panic_slice_low_var.go:10:25:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_low_var.go:10:13
./panic_slice_low_var.go:10:15: s[lo:] escapes to heap:
./panic_slice_low_var.go:10:15:   flow: {storage for ... argument} = &{storage for s[lo:]}:
./panic_slice_low_var.go:10:15:     from s[lo:] (spill) at ./panic_slice_low_var.go:10:15
./panic_slice_low_var.go:10:15:     from ... argument (slice-literal-element) at ./panic_slice_low_var.go:10:13
./panic_slice_low_var.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_low_var.go:10:15:     from ... argument (spill) at ./panic_slice_low_var.go:10:13
./panic_slice_low_var.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_low_var.go:10:13
./panic_slice_low_var.go:8:11: make([]int, 3, 8) escapes to heap:
./panic_slice_low_var.go:8:11:   flow: s = &{storage for make([]int, 3, 8)}:
./panic_slice_low_var.go:8:11:     from make([]int, 3, 8) (spill) at ./panic_slice_low_var.go:8:11
./panic_slice_low_var.go:8:11:     from s := make([]int, 3, 8) (assign) at ./panic_slice_low_var.go:8:4
./panic_slice_low_var.go:8:11:   flow: {storage for s[lo:]} = s:
./panic_slice_low_var.go:8:11:     from s[lo:] (slice) at ./panic_slice_low_var.go:12:15
./panic_slice_low_var.go:8:11:     from s[lo:] (interface-converted) at ./panic_slice_low_var.go:12:15
./panic_slice_low_var.go:8:11: make([]int, 3, 8) escapes to heap
./panic_slice_low_var.go:10:13: ... argument does not escape
./panic_slice_low_var.go:10:15: s[lo:] escapes to heap
./panic_slice_low_var.go:10:25: len(s[lo:]) escapes to heap
./panic_slice_low_var.go:12:13: ... argument does not escape
./panic_slice_low_var.go:12:15: s[lo:] escapes to heap
