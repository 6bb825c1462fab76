./syntax_labels.go:15:13: ... argument does not escape
./syntax_labels.go:15:13: i escapes to heap
./syntax_labels.go:15:13: j escapes to heap
./syntax_labels.go:15:20: " " escapes to heap
./syntax_labels.go:26:15: ... argument does not escape
./syntax_labels.go:26:16: "k" escapes to heap
./syntax_labels.go:26:16: k escapes to heap
./syntax_labels.go:28:14: ... argument does not escape
./syntax_labels.go:28:15: "not reached" escapes to heap
./syntax_labels.go:30:17: [][]int{...} does not escape
./syntax_labels.go:30:18: []int{...} does not escape
./syntax_labels.go:30:26: []int{...} does not escape
./syntax_labels.go:30:35: []int{...} does not escape
./syntax_labels.go:36:16: ... argument does not escape
./syntax_labels.go:36:17: "negative at" escapes to heap
./syntax_labels.go:36:17: r escapes to heap
./syntax_labels.go:36:17: c escapes to heap
./syntax_labels.go:42:13: ... argument does not escape
./syntax_labels.go:42:13: found escapes to heap
./syntax_labels.go:54:15: ... argument does not escape
./syntax_labels.go:54:16: "got" escapes to heap
./syntax_labels.go:54:16: v escapes to heap
./syntax_labels.go:57:21: map[string]int{...} does not escape
./syntax_labels.go:64:13: ... argument does not escape
./syntax_labels.go:64:14: "done" escapes to heap
