./fmt_pointer_struct.go:17:7: &P{...} escapes to heap
./fmt_pointer_struct.go:18:13: ... argument does not escape
./fmt_pointer_struct.go:19:12: ... argument does not escape
./fmt_pointer_struct.go:20:7: &Named{...} escapes to heap
./fmt_pointer_struct.go:21:12: ... argument does not escape
./fmt_pointer_struct.go:24:13: ... argument does not escape
./fmt_pointer_struct.go:25:12: ... argument does not escape
./fmt_pointer_struct.go:27:13: ... argument does not escape
./fmt_pointer_struct.go:28:12: ... argument does not escape
./fmt_pointer_struct.go:30:9: &[3]int{...} escapes to heap
./fmt_pointer_struct.go:31:8: &[]string{...} escapes to heap
./fmt_pointer_struct.go:31:17: []string{...} escapes to heap
./fmt_pointer_struct.go:32:8: &map[string]int{...} escapes to heap
./fmt_pointer_struct.go:32:23: map[string]int{...} escapes to heap
./fmt_pointer_struct.go:33:13: ... argument does not escape
./fmt_pointer_struct.go:34:12: ... argument does not escape
./fmt_pointer_struct.go:36:13: ... argument does not escape
./fmt_pointer_struct.go:36:14: &P{} escapes to heap
./fmt_pointer_struct.go:36:20: &struct {}{} escapes to heap
./fmt_pointer_struct.go:36:33: &[0]int{} escapes to heap
./fmt_pointer_struct.go:37:12: ... argument does not escape
./fmt_pointer_struct.go:37:24: &P{...} escapes to heap
./fmt_pointer_struct.go:37:36: &[2]int{...} escapes to heap
./fmt_pointer_struct.go:38:17: ... argument does not escape
./fmt_pointer_struct.go:39:13: ... argument does not escape
./fmt_pointer_struct.go:39:13: s escapes to heap
./fmt_pointer_struct.go:40:12: ... argument does not escape
