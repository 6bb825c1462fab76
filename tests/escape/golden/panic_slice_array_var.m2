./panic_slice_array_var.go:11:15: a[1:hi] escapes to heap:
./panic_slice_array_var.go:11:15:   flow: {storage for ... argument} = &{storage for a[1:hi]}:
./panic_slice_array_var.go:11:15:     from a[1:hi] (spill) at ./panic_slice_array_var.go:11:15
./panic_slice_array_var.go:11:15:     from ... argument (slice-literal-element) at ./panic_slice_array_var.go:11:13
./panic_slice_array_var.go:11:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_array_var.go:11:15:     from ... argument (spill) at ./panic_slice_array_var.go:11:13
./panic_slice_array_var.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_array_var.go:11:13
./panic_slice_array_var.go:9:15: a[:hi] escapes to heap:
./panic_slice_array_var.go:9:15:   flow: {storage for ... argument} = &{storage for a[:hi]}:
./panic_slice_array_var.go:9:15:     from a[:hi] (spill) at ./panic_slice_array_var.go:9:15
./panic_slice_array_var.go:9:15:     from ... argument (slice-literal-element) at ./panic_slice_array_var.go:9:13
./panic_slice_array_var.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_slice_array_var.go:9:15:     from ... argument (spill) at ./panic_slice_array_var.go:9:13
./panic_slice_array_var.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_array_var.go:9:13
./panic_slice_array_var.go:7:6: a escapes to heap:
./panic_slice_array_var.go:7:6:   flow: {storage for a[1:hi]} = &a:
./panic_slice_array_var.go:7:6:     from a (address-of) at ./panic_slice_array_var.go:11:18
./panic_slice_array_var.go:7:6:     from a[1:hi] (slice) at ./panic_slice_array_var.go:11:15
./panic_slice_array_var.go:7:6:     from a[1:hi] (interface-converted) at ./panic_slice_array_var.go:11:15
./panic_slice_array_var.go:7:6: moved to heap: a
./panic_slice_array_var.go:9:13: ... argument does not escape
./panic_slice_array_var.go:9:15: a[:hi] escapes to heap
./panic_slice_array_var.go:11:13: ... argument does not escape
./panic_slice_array_var.go:11:15: a[1:hi] escapes to heap
