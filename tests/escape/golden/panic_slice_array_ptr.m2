./panic_slice_array_ptr.go:6:13: parameter p leaks to ~r0 with derefs=0:
./panic_slice_array_ptr.go:6:13:   flow: ~r0 = p:
./panic_slice_array_ptr.go:6:13:     from p[lo:hi] (slice) at ./panic_slice_array_ptr.go:6:52
./panic_slice_array_ptr.go:6:13:     from return p[lo:hi] (return) at ./panic_slice_array_ptr.go:6:44
./panic_slice_array_ptr.go:6:13: leaking param: p to result ~r0 level=0
./panic_slice_array_ptr.go:11:20: window(&arr, 2, 7) escapes to heap:
./panic_slice_array_ptr.go:11:20:   flow: {storage for ... argument} = &{storage for window(&arr, 2, 7)}:
./panic_slice_array_ptr.go:11:20:     from window(&arr, 2, 7) (spill) at ./panic_slice_array_ptr.go:11:20
./panic_slice_array_ptr.go:11:20:     from ... argument (slice-literal-element) at ./panic_slice_array_ptr.go:11:13
./panic_slice_array_ptr.go:11:20:   flow: {heap} = {storage for ... argument}:
./panic_slice_array_ptr.go:11:20:     from ... argument (spill) at ./panic_slice_array_ptr.go:11:13
./panic_slice_array_ptr.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_array_ptr.go:11:13
./panic_slice_array_ptr.go:10:20: window(&arr, 1, 3) escapes to heap:
./panic_slice_array_ptr.go:10:20:   flow: {storage for ... argument} = &{storage for window(&arr, 1, 3)}:
./panic_slice_array_ptr.go:10:20:     from window(&arr, 1, 3) (spill) at ./panic_slice_array_ptr.go:10:20
./panic_slice_array_ptr.go:10:20:     from ... argument (slice-literal-element) at ./panic_slice_array_ptr.go:10:13
./panic_slice_array_ptr.go:10:20:   flow: {heap} = {storage for ... argument}:
./panic_slice_array_ptr.go:10:20:     from ... argument (spill) at ./panic_slice_array_ptr.go:10:13
./panic_slice_array_ptr.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_array_ptr.go:10:13
./panic_slice_array_ptr.go:9:2: arr escapes to heap:
./panic_slice_array_ptr.go:9:2:   flow: {storage for window(&arr, 2, 7)} = &arr:
./panic_slice_array_ptr.go:9:2:     from &arr (address-of) at ./panic_slice_array_ptr.go:11:21
./panic_slice_array_ptr.go:9:2:     from window(&arr, 2, 7) (call parameter) at ./panic_slice_array_ptr.go:11:20
./panic_slice_array_ptr.go:9:2:     from window(&arr, 2, 7) (interface-converted) at ./panic_slice_array_ptr.go:11:20
./panic_slice_array_ptr.go:9:2: moved to heap: arr
./panic_slice_array_ptr.go:10:13: ... argument does not escape
./panic_slice_array_ptr.go:10:20: window(&arr, 1, 3) escapes to heap
./panic_slice_array_ptr.go:11:13: ... argument does not escape
./panic_slice_array_ptr.go:11:20: window(&arr, 2, 7) escapes to heap
