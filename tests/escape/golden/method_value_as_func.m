./method_value_as_func.go:9:7: a does not escape
./method_value_as_func.go:12:11: xs does not escape
./method_value_as_func.go:12:21: f does not escape
./method_value_as_func.go:18:11: xs does not escape
./method_value_as_func.go:18:21: f does not escape
./method_value_as_func.go:19:13: make([]int, 0, len(xs)) escapes to heap
./method_value_as_func.go:32:6: moved to heap: a
./method_value_as_func.go:38:6: moved to heap: b
./method_value_as_func.go:33:12: []int{...} does not escape
./method_value_as_func.go:33:27: a.Add does not escape
./method_value_as_func.go:34:13: ... argument does not escape
./method_value_as_func.go:34:15: a.sum escapes to heap
./method_value_as_func.go:36:13: ... argument does not escape
./method_value_as_func.go:36:18: mapf([]int{...}, a.Times) escapes to heap
./method_value_as_func.go:36:24: []int{...} does not escape
./method_value_as_func.go:36:36: a.Times does not escape
./method_value_as_func.go:39:34: map[string]func(int){...} does not escape
./method_value_as_func.go:39:41: a.Add escapes to heap
./method_value_as_func.go:39:53: b.Add escapes to heap
./method_value_as_func.go:42:13: ... argument does not escape
./method_value_as_func.go:42:15: a.sum escapes to heap
./method_value_as_func.go:42:22: b.sum escapes to heap
./method_value_as_func.go:44:23: b.Add does not escape
./method_value_as_func.go:46:13: ... argument does not escape
./method_value_as_func.go:46:15: b.sum escapes to heap
./method_value_as_func.go:49:13: ... argument does not escape
./method_value_as_func.go:49:19: times(Acc{...}, 4) escapes to heap
./method_value_as_func.go:52:13: ... argument does not escape
./method_value_as_func.go:52:15: b.sum escapes to heap
