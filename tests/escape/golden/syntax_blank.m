./syntax_blank.go:12:15: leaking param: s
./syntax_blank.go:28:13: ... argument does not escape
./syntax_blank.go:28:13: n escapes to heap
./syntax_blank.go:28:13: s escapes to heap
./syntax_blank.go:28:13: registry escapes to heap
./syntax_blank.go:30:25: []int{...} does not escape
./syntax_blank.go:31:12: ... argument does not escape
./syntax_blank.go:31:12: v escapes to heap
./syntax_blank.go:31:16: " " escapes to heap
./syntax_blank.go:33:25: []int{...} does not escape
./syntax_blank.go:34:12: ... argument does not escape
./syntax_blank.go:34:12: i escapes to heap
./syntax_blank.go:34:16: " " escapes to heap
./syntax_blank.go:38:24: map[string]int{...} does not escape
./syntax_blank.go:40:14: ... argument does not escape
./syntax_blank.go:40:15: "has a" escapes to heap
./syntax_blank.go:43:13: ... argument does not escape
./syntax_blank.go:43:13: a escapes to heap
./syntax_blank.go:43:13: c escapes to heap
