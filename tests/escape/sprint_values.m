./sprint_values.go:8:2: moved to heap: p
./sprint_values.go:10:17: ... argument does not escape
./sprint_values.go:10:17: p escapes to heap
./sprint_values.go:10:30: []int{...} escapes to heap
./sprint_values.go:10:30: []int{...} escapes to heap
./sprint_values.go:11:13: ... argument does not escape
./sprint_values.go:11:13: s escapes to heap
./sprint_values.go:12:13: ... argument does not escape
./sprint_values.go:12:26: fmt.Sprintln(... argument...) escapes to heap
./sprint_values.go:12:26: ... argument does not escape
./sprint_values.go:12:27: "x" escapes to heap
./sprint_values.go:12:32: 3.5 escapes to heap
./sprint_values.go:12:41: len(s) escapes to heap
./sprint_values.go:14:13: ... argument does not escape
./sprint_values.go:14:16: e == nil escapes to heap
