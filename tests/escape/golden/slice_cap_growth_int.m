./slice_cap_growth_int.go:14:15: ... argument does not escape
./slice_cap_growth_int.go:14:16: "len" escapes to heap
./slice_cap_growth_int.go:14:26: len(s) escapes to heap
./slice_cap_growth_int.go:14:31: "cap" escapes to heap
./slice_cap_growth_int.go:14:41: cap(s) escapes to heap
./slice_cap_growth_int.go:23:13: ... argument does not escape
./slice_cap_growth_int.go:23:14: "sum" escapes to heap
./slice_cap_growth_int.go:23:14: sum escapes to heap
./slice_cap_growth_int.go:26:12: []int{...} does not escape
./slice_cap_growth_int.go:29:12: ... argument does not escape
./slice_cap_growth_int.go:29:16: cap(t) escapes to heap
./slice_cap_growth_int.go:29:21: " " escapes to heap
./slice_cap_growth_int.go:34:11: make([]int, 0, 5) does not escape
./slice_cap_growth_int.go:37:12: ... argument does not escape
./slice_cap_growth_int.go:37:16: cap(u) escapes to heap
./slice_cap_growth_int.go:37:21: " " escapes to heap
