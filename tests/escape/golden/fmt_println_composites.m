./fmt_println_composites.go:15:2: moved to heap: t
./fmt_println_composites.go:15:20: []string{...} escapes to heap
./fmt_println_composites.go:15:41: map[string]int{...} escapes to heap
./fmt_println_composites.go:16:13: ... argument does not escape
./fmt_println_composites.go:16:13: t escapes to heap
./fmt_println_composites.go:16:20: []T{...} escapes to heap
./fmt_println_composites.go:16:20: []T{...} escapes to heap
./fmt_println_composites.go:17:11: ... argument does not escape
./fmt_println_composites.go:17:11: t escapes to heap
./fmt_println_composites.go:17:11: t escapes to heap
./fmt_println_composites.go:17:18: "\n" escapes to heap
./fmt_println_composites.go:18:11: ... argument does not escape
./fmt_println_composites.go:18:12: "a" escapes to heap
./fmt_println_composites.go:18:22: []int{...} escapes to heap
./fmt_println_composites.go:18:22: []int{...} escapes to heap
./fmt_println_composites.go:18:27: "b" escapes to heap
./fmt_println_composites.go:18:37: []int{...} escapes to heap
./fmt_println_composites.go:18:37: []int{...} escapes to heap
./fmt_println_composites.go:18:47: []int{...} escapes to heap
./fmt_println_composites.go:18:47: []int{...} escapes to heap
./fmt_println_composites.go:18:52: "\n" escapes to heap
./fmt_println_composites.go:19:11: ... argument does not escape
./fmt_println_composites.go:19:18: [2]int{} escapes to heap
./fmt_println_composites.go:19:33: map[int]int{} escapes to heap
./fmt_println_composites.go:19:37: "\n" escapes to heap
./fmt_println_composites.go:20:17: ... argument does not escape
./fmt_println_composites.go:20:18: "x" escapes to heap
./fmt_println_composites.go:20:23: 1 escapes to heap
./fmt_println_composites.go:20:26: 2 escapes to heap
./fmt_println_composites.go:20:34: []int{...} escapes to heap
./fmt_println_composites.go:20:34: []int{...} escapes to heap
./fmt_println_composites.go:20:39: "y" escapes to heap
./fmt_println_composites.go:21:13: ... argument does not escape
./fmt_println_composites.go:21:13: s escapes to heap
./fmt_println_composites.go:22:13: ... argument does not escape
./fmt_println_composites.go:22:47: fmt.Sprintln(... argument...) == "[a] b\n" escapes to heap
./fmt_println_composites.go:22:26: ... argument does not escape
./fmt_println_composites.go:22:35: []string{...} escapes to heap
./fmt_println_composites.go:22:35: []string{...} escapes to heap
./fmt_println_composites.go:22:42: "b" escapes to heap
./fmt_println_composites.go:23:13: ... argument does not escape
./fmt_println_composites.go:23:26: []interface2{...} escapes to heap
./fmt_println_composites.go:23:26: []interface2{...} escapes to heap
./fmt_println_composites.go:24:13: ... argument does not escape
./fmt_println_composites.go:24:25: fmt.Sprintf("%v|%v", ... argument...) escapes to heap
./fmt_println_composites.go:24:25: ... argument does not escape
./fmt_println_composites.go:24:40: ([]int)(nil) escapes to heap
./fmt_println_composites.go:25:21: ... argument does not escape
./fmt_println_composites.go:25:27: []int{...} escapes to heap
./fmt_println_composites.go:25:27: []int{...} escapes to heap
./fmt_println_composites.go:26:13: ... argument does not escape
./fmt_println_composites.go:26:13: n escapes to heap
./fmt_println_composites.go:27:19: ... argument does not escape
./fmt_println_composites.go:27:19: t escapes to heap
./fmt_println_composites.go:27:23: "\n" escapes to heap
./fmt_println_composites.go:28:13: ... argument does not escape
./fmt_println_composites.go:28:13: m escapes to heap
