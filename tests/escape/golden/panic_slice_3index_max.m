./panic_slice_3index_max.go:8:12: []int{...} escapes to heap
./panic_slice_3index_max.go:10:13: ... argument does not escape
./panic_slice_3index_max.go:10:15: s[1:2:m] escapes to heap
./panic_slice_3index_max.go:12:13: ... argument does not escape
./panic_slice_3index_max.go:12:15: s[1:2:m] escapes to heap
