./panic_slice_cap_make.go:8:11: make([]int, 2, 4) does not escape
./panic_slice_cap_make.go:10:13: ... argument does not escape
./panic_slice_cap_make.go:10:17: len(s[:hi]) escapes to heap
./panic_slice_cap_make.go:12:13: ... argument does not escape
./panic_slice_cap_make.go:12:17: len(s[:hi]) escapes to heap
