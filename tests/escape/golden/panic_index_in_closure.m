./panic_index_in_closure.go:7:15: []int{...} does not escape
./panic_index_in_closure.go:8:8: func literal does not escape
./panic_index_in_closure.go:10:14: ... argument does not escape
./panic_index_in_closure.go:10:17: at(i) escapes to heap
