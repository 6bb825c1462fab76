./pointer_new.go:10:11: new(int) escapes to heap
./pointer_new.go:11:11: new(string) does not escape
./pointer_new.go:12:11: new(bool) does not escape
./pointer_new.go:13:11: new(float64) does not escape
./pointer_new.go:14:13: ... argument does not escape
./pointer_new.go:14:14: *pi escapes to heap
./pointer_new.go:14:23: *ps == "" escapes to heap
./pointer_new.go:14:30: *pb escapes to heap
./pointer_new.go:14:35: *pf escapes to heap
./pointer_new.go:18:13: ... argument does not escape
./pointer_new.go:18:14: *pi escapes to heap
./pointer_new.go:18:19: *ps escapes to heap
./pointer_new.go:20:11: new(Point) escapes to heap
./pointer_new.go:22:13: ... argument does not escape
./pointer_new.go:22:14: *pp escapes to heap
./pointer_new.go:22:21: pp.Y escapes to heap
./pointer_new.go:23:13: ... argument does not escape
./pointer_new.go:25:11: new([3]int) does not escape
./pointer_new.go:27:13: ... argument does not escape
./pointer_new.go:27:14: *pa escapes to heap
./pointer_new.go:27:22: len(pa) escapes to heap
./pointer_new.go:29:12: new([]int) does not escape
./pointer_new.go:30:13: ... argument does not escape
./pointer_new.go:30:19: *psl == nil escapes to heap
./pointer_new.go:30:30: len(*psl) escapes to heap
./pointer_new.go:32:13: ... argument does not escape
./pointer_new.go:32:14: *psl escapes to heap
./pointer_new.go:34:11: new(map[string]int) does not escape
./pointer_new.go:35:13: ... argument does not escape
./pointer_new.go:35:18: *pm == nil escapes to heap
./pointer_new.go:36:22: map[string]int{...} escapes to heap
./pointer_new.go:37:13: ... argument does not escape
./pointer_new.go:37:19: (*pm)["a"] escapes to heap
./pointer_new.go:39:13: new(int) does not escape
./pointer_new.go:39:23: new(int) does not escape
./pointer_new.go:40:13: ... argument does not escape
./pointer_new.go:40:16: a == b escapes to heap
./pointer_new.go:40:25: *a == *b escapes to heap
./pointer_new.go:42:12: new(*int) does not escape
./pointer_new.go:43:13: ... argument does not escape
./pointer_new.go:43:19: *ppi == nil escapes to heap
./pointer_new.go:46:13: ... argument does not escape
./pointer_new.go:46:14: *pi escapes to heap
./pointer_new.go:49:11: new(Empty) does not escape
./pointer_new.go:50:13: ... argument does not escape
./pointer_new.go:50:14: *pe escapes to heap
