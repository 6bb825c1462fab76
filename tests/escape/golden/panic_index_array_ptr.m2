./panic_index_array_ptr.go:6:10: p does not escape
./panic_index_array_ptr.go:12:21: string(buf[:]) escapes to heap:
./panic_index_array_ptr.go:12:21:   flow: {storage for ... argument} = &{storage for string(buf[:])}:
./panic_index_array_ptr.go:12:21:     from string(buf[:]) (spill) at ./panic_index_array_ptr.go:12:21
./panic_index_array_ptr.go:12:21:     from ... argument (slice-literal-element) at ./panic_index_array_ptr.go:12:14
./panic_index_array_ptr.go:12:21:   flow: {heap} = {storage for ... argument}:
./panic_index_array_ptr.go:12:21:     from ... argument (spill) at ./panic_index_array_ptr.go:12:14
./panic_index_array_ptr.go:12:21:     from fmt.Println(... argument...) (call parameter) at ./panic_index_array_ptr.go:12:14
./panic_index_array_ptr.go:12:21: string(buf[:]) escapes to heap:
./panic_index_array_ptr.go:12:21:   flow: {storage for string(buf[:])} = &{storage for string(buf[:])}:
./panic_index_array_ptr.go:12:21:     from string(buf[:]) (spill) at ./panic_index_array_ptr.go:12:21
./panic_index_array_ptr.go:12:21:     from string(buf[:]) (interface-converted) at ./panic_index_array_ptr.go:12:21
./panic_index_array_ptr.go:12:14: ... argument does not escape
./panic_index_array_ptr.go:12:21: string(buf[:]) escapes to heap
./panic_index_array_ptr.go:12:21: string(buf[:]) escapes to heap
