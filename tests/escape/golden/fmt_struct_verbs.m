./fmt_struct_verbs.go:30:12: ... argument does not escape
./fmt_struct_verbs.go:30:13: p escapes to heap
./fmt_struct_verbs.go:30:13: p escapes to heap
./fmt_struct_verbs.go:30:13: p escapes to heap
./fmt_struct_verbs.go:31:41: []string{...} escapes to heap
./fmt_struct_verbs.go:32:12: ... argument does not escape
./fmt_struct_verbs.go:32:13: r escapes to heap
./fmt_struct_verbs.go:32:13: r escapes to heap
./fmt_struct_verbs.go:32:13: r escapes to heap
./fmt_struct_verbs.go:34:12: ... argument does not escape
./fmt_struct_verbs.go:34:13: z escapes to heap
./fmt_struct_verbs.go:34:13: z escapes to heap
./fmt_struct_verbs.go:34:13: z escapes to heap
./fmt_struct_verbs.go:36:12: ... argument does not escape
./fmt_struct_verbs.go:36:13: l escapes to heap
./fmt_struct_verbs.go:36:13: l escapes to heap
./fmt_struct_verbs.go:36:13: l escapes to heap
./fmt_struct_verbs.go:37:13: ... argument does not escape
./fmt_struct_verbs.go:37:13: p escapes to heap
./fmt_struct_verbs.go:37:18: r.Tags escapes to heap
./fmt_struct_verbs.go:37:18: l escapes to heap
./fmt_struct_verbs.go:38:11: ... argument does not escape
./fmt_struct_verbs.go:38:11: p escapes to heap
./fmt_struct_verbs.go:38:11: p escapes to heap
./fmt_struct_verbs.go:38:18: "\n" escapes to heap
./fmt_struct_verbs.go:39:17: ... argument does not escape
./fmt_struct_verbs.go:39:17: p escapes to heap
./fmt_struct_verbs.go:39:21: " " escapes to heap
./fmt_struct_verbs.go:39:21: l escapes to heap
./fmt_struct_verbs.go:40:13: ... argument does not escape
./fmt_struct_verbs.go:40:13: s escapes to heap
./fmt_struct_verbs.go:40:20: len(s) escapes to heap
./fmt_struct_verbs.go:41:13: ... argument does not escape
./fmt_struct_verbs.go:41:33: fmt.Sprintln(... argument...) == "{1 2} {1 s}\n" escapes to heap
./fmt_struct_verbs.go:41:26: ... argument does not escape
./fmt_struct_verbs.go:41:26: p escapes to heap
./fmt_struct_verbs.go:41:26: l escapes to heap
./fmt_struct_verbs.go:42:12: ... argument does not escape
./fmt_struct_verbs.go:42:26: Point{...} escapes to heap
./fmt_struct_verbs.go:43:12: ... argument does not escape
./fmt_struct_verbs.go:43:26: Point{...} escapes to heap
./fmt_struct_verbs.go:44:12: ... argument does not escape
./fmt_struct_verbs.go:44:32: Point{...} escapes to heap
./fmt_struct_verbs.go:44:48: Point{...} escapes to heap
./fmt_struct_verbs.go:44:64: Point{...} escapes to heap
./fmt_struct_verbs.go:45:12: ... argument does not escape
./fmt_struct_verbs.go:45:33: Point{...} escapes to heap
./fmt_struct_verbs.go:45:46: Point{...} escapes to heap
./fmt_struct_verbs.go:46:12: ... argument does not escape
./fmt_struct_verbs.go:46:47: struct { A float64; B float64 }{...} escapes to heap
./fmt_struct_verbs.go:47:12: ... argument does not escape
./fmt_struct_verbs.go:50:3: struct { S string; R rune }{...} escapes to heap
