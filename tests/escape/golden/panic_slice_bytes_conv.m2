./panic_slice_bytes_conv.go:14:20: string(b[30:hi]) escapes to heap:
./panic_slice_bytes_conv.go:14:20:   flow: {storage for ... argument} = &{storage for string(b[30:hi])}:
./panic_slice_bytes_conv.go:14:20:     from string(b[30:hi]) (spill) at ./panic_slice_bytes_conv.go:14:20
./panic_slice_bytes_conv.go:14:20:     from ... argument (slice-literal-element) at ./panic_slice_bytes_conv.go:14:13
./panic_slice_bytes_conv.go:14:20:   flow: {heap} = {storage for ... argument}:
./panic_slice_bytes_conv.go:14:20:     from ... argument (spill) at ./panic_slice_bytes_conv.go:14:13
./panic_slice_bytes_conv.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_bytes_conv.go:14:13
./panic_slice_bytes_conv.go:12:20: string(b[30:hi]) escapes to heap:
./panic_slice_bytes_conv.go:12:20:   flow: {storage for ... argument} = &{storage for string(b[30:hi])}:
./panic_slice_bytes_conv.go:12:20:     from string(b[30:hi]) (spill) at ./panic_slice_bytes_conv.go:12:20
./panic_slice_bytes_conv.go:12:20:     from ... argument (slice-literal-element) at ./panic_slice_bytes_conv.go:12:13
./panic_slice_bytes_conv.go:12:20:   flow: {heap} = {storage for ... argument}:
./panic_slice_bytes_conv.go:12:20:     from ... argument (spill) at ./panic_slice_bytes_conv.go:12:13
./panic_slice_bytes_conv.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./panic_slice_bytes_conv.go:12:13
./panic_slice_bytes_conv.go:14:20: string(b[30:hi]) escapes to heap:
./panic_slice_bytes_conv.go:14:20:   flow: {storage for string(b[30:hi])} = &{storage for string(b[30:hi])}:
./panic_slice_bytes_conv.go:14:20:     from string(b[30:hi]) (spill) at ./panic_slice_bytes_conv.go:14:20
./panic_slice_bytes_conv.go:14:20:     from string(b[30:hi]) (interface-converted) at ./panic_slice_bytes_conv.go:14:20
./panic_slice_bytes_conv.go:12:20: string(b[30:hi]) escapes to heap:
./panic_slice_bytes_conv.go:12:20:   flow: {storage for string(b[30:hi])} = &{storage for string(b[30:hi])}:
./panic_slice_bytes_conv.go:12:20:     from string(b[30:hi]) (spill) at ./panic_slice_bytes_conv.go:12:20
./panic_slice_bytes_conv.go:12:20:     from string(b[30:hi]) (interface-converted) at ./panic_slice_bytes_conv.go:12:20
./panic_slice_bytes_conv.go:9:11: make([]byte, 0, 40) does not escape
./panic_slice_bytes_conv.go:12:13: ... argument does not escape
./panic_slice_bytes_conv.go:12:20: string(b[30:hi]) escapes to heap
./panic_slice_bytes_conv.go:12:20: string(b[30:hi]) escapes to heap
./panic_slice_bytes_conv.go:14:13: ... argument does not escape
./panic_slice_bytes_conv.go:14:20: string(b[30:hi]) escapes to heap
./panic_slice_bytes_conv.go:14:20: string(b[30:hi]) escapes to heap
