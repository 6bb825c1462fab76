./panic_slice_3index_low.go:8:11: make([]int, 5) does not escape
./panic_slice_3index_low.go:10:13: ... argument does not escape
./panic_slice_3index_low.go:10:17: len(s[lo:hi:max]) escapes to heap
./panic_slice_3index_low.go:12:13: ... argument does not escape
./panic_slice_3index_low.go:12:17: len(s[lo:hi:max]) escapes to heap
