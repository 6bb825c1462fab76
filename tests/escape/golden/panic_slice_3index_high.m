./panic_slice_3index_high.go:8:11: make([]int, 5) does not escape
./panic_slice_3index_high.go:10:13: ... argument does not escape
./panic_slice_3index_high.go:10:17: len(s[0:hi:max]) escapes to heap
./panic_slice_3index_high.go:12:13: ... argument does not escape
./panic_slice_3index_high.go:12:17: len(s[0:hi:max]) escapes to heap
