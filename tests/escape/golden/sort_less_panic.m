./sort_less_panic.go:9:13: []int{...} escapes to heap
./sort_less_panic.go:10:20: "deferred in main runs" escapes to heap
./sort_less_panic.go:10:19: ... argument does not escape
./sort_less_panic.go:11:12: xs escapes to heap
./sort_less_panic.go:11:17: func literal does not escape
./sort_less_panic.go:12:21: "deferred in less runs" escapes to heap
./sort_less_panic.go:12:20: ... argument does not escape
./sort_less_panic.go:14:21: fmt.Sprintf("bad element at %d", ... argument...) escapes to heap
./sort_less_panic.go:14:21: ... argument does not escape
./sort_less_panic.go:14:22: i escapes to heap
./sort_less_panic.go:18:13: ... argument does not escape
./sort_less_panic.go:18:14: "not reached" escapes to heap
