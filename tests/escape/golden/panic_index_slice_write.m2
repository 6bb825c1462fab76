./panic_index_slice_write.go:10:14: s escapes to heap:
./panic_index_slice_write.go:10:14:   flow: {storage for ... argument} = &{storage for s}:
./panic_index_slice_write.go:10:14:     from s (spill) at ./panic_index_slice_write.go:10:14
./panic_index_slice_write.go:10:14:     from ... argument (slice-literal-element) at ./panic_index_slice_write.go:10:14
./panic_index_slice_write.go:10:14:   flow: {heap} = {storage for ... argument}:
./panic_index_slice_write.go:10:14:     from ... argument (spill) at ./panic_index_slice_write.go:10:14
./panic_index_slice_write.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./panic_index_slice_write.go:10:14
./panic_index_slice_write.go:7:15: []string{...} escapes to heap:
./panic_index_slice_write.go:7:15:   flow: s = &{storage for []string{...}}:
./panic_index_slice_write.go:7:15:     from []string{...} (spill) at ./panic_index_slice_write.go:7:15
./panic_index_slice_write.go:7:15:     from s := []string{...} (assign) at ./panic_index_slice_write.go:7:4
./panic_index_slice_write.go:7:15:   flow: {storage for s} = s:
./panic_index_slice_write.go:7:15:     from s (interface-converted) at ./panic_index_slice_write.go:10:14
./panic_index_slice_write.go:7:15: []string{...} escapes to heap
./panic_index_slice_write.go:10:14: ... argument does not escape
./panic_index_slice_write.go:10:14: s escapes to heap
