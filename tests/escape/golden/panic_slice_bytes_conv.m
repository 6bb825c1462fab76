./panic_slice_bytes_conv.go:9:11: make([]byte, 0, 40) does not escape
./panic_slice_bytes_conv.go:12:13: ... argument does not escape
./panic_slice_bytes_conv.go:12:20: string(b[30:hi]) escapes to heap
./panic_slice_bytes_conv.go:12:20: string(b[30:hi]) escapes to heap
./panic_slice_bytes_conv.go:14:13: ... argument does not escape
./panic_slice_bytes_conv.go:14:20: string(b[30:hi]) escapes to heap
./panic_slice_bytes_conv.go:14:20: string(b[30:hi]) escapes to heap
