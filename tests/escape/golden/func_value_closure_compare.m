./func_value_closure_compare.go:9:12: xs does not escape
./func_value_closure_compare.go:19:12: xs does not escape
./func_value_closure_compare.go:35:15: []int{...} escapes to heap
./func_value_closure_compare.go:36:21: []Picker{...} does not escape
./func_value_closure_compare.go:39:15: ... argument does not escape
./func_value_closure_compare.go:39:17: p.Name escapes to heap
./func_value_closure_compare.go:39:24: "-" escapes to heap
./func_value_closure_compare.go:42:14: ... argument does not escape
./func_value_closure_compare.go:42:16: p.Name escapes to heap
./func_value_closure_compare.go:42:29: p.Pick(data) escapes to heap
./func_value_closure_compare.go:52:12: ... argument does not escape
./func_value_closure_compare.go:52:16: cur(data[i:]) escapes to heap
./func_value_closure_compare.go:52:28: " " escapes to heap
