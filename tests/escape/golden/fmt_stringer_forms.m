./fmt_stringer_forms.go:10:54: ... argument does not escape
./fmt_stringer_forms.go:10:73: float64(c) escapes to heap
./fmt_stringer_forms.go:14:52: ... argument does not escape
./fmt_stringer_forms.go:14:65: p.X escapes to heap
./fmt_stringer_forms.go:14:70: p.Y escapes to heap
./fmt_stringer_forms.go:18:7: p does not escape
./fmt_stringer_forms.go:18:49: ... argument does not escape
./fmt_stringer_forms.go:18:50: "PP#" escapes to heap
./fmt_stringer_forms.go:18:58: p.X escapes to heap
./fmt_stringer_forms.go:22:7: e does not escape
./fmt_stringer_forms.go:22:52: ... argument does not escape
./fmt_stringer_forms.go:22:65: e.Code escapes to heap
./fmt_stringer_forms.go:31:7: n does not escape
./fmt_stringer_forms.go:31:57: "<" + string(n) + ">" escapes to heap
./fmt_stringer_forms.go:45:7: n does not escape
./fmt_stringer_forms.go:45:52: ... argument does not escape
./fmt_stringer_forms.go:45:54: n.v escapes to heap
./fmt_stringer_forms.go:49:36: "kaboom" escapes to heap
./fmt_stringer_forms.go:53:13: ... argument does not escape
./fmt_stringer_forms.go:53:13: c escapes to heap
./fmt_stringer_forms.go:53:22: Point{...} escapes to heap
./fmt_stringer_forms.go:54:12: ... argument does not escape
./fmt_stringer_forms.go:54:13: c escapes to heap
./fmt_stringer_forms.go:54:44: Point{...} escapes to heap
./fmt_stringer_forms.go:54:57: Named("hi") escapes to heap
./fmt_stringer_forms.go:54:70: Named("hi") escapes to heap
./fmt_stringer_forms.go:54:83: Named("hi") escapes to heap
./fmt_stringer_forms.go:54:96: Point{...} escapes to heap
./fmt_stringer_forms.go:55:13: ... argument does not escape
./fmt_stringer_forms.go:55:16: PP{...} escapes to heap
./fmt_stringer_forms.go:55:21: &PP{...} escapes to heap
./fmt_stringer_forms.go:56:16: &MyErr{...} escapes to heap
./fmt_stringer_forms.go:57:13: ... argument does not escape
./fmt_stringer_forms.go:58:12: ... argument does not escape
./fmt_stringer_forms.go:58:39: Both{} escapes to heap
./fmt_stringer_forms.go:58:47: Both{} escapes to heap
./fmt_stringer_forms.go:58:55: Both{} escapes to heap
./fmt_stringer_forms.go:58:63: Both{} escapes to heap
./fmt_stringer_forms.go:58:71: Both{} escapes to heap
./fmt_stringer_forms.go:59:13: ... argument does not escape
./fmt_stringer_forms.go:59:21: []Point{...} escapes to heap
./fmt_stringer_forms.go:59:21: []Point{...} escapes to heap
./fmt_stringer_forms.go:59:55: map[string]Point{...} escapes to heap
./fmt_stringer_forms.go:59:83: map[Named]int{...} escapes to heap
./fmt_stringer_forms.go:60:12: ... argument does not escape
./fmt_stringer_forms.go:60:29: wrap{...} escapes to heap
./fmt_stringer_forms.go:60:82: wrap{...} escapes to heap
./fmt_stringer_forms.go:61:12: ... argument does not escape
./fmt_stringer_forms.go:61:26: G{...} escapes to heap
./fmt_stringer_forms.go:61:32: G{...} escapes to heap
./fmt_stringer_forms.go:62:13: ... argument does not escape
./fmt_stringer_forms.go:62:19: []*PP{...} escapes to heap
./fmt_stringer_forms.go:62:19: []*PP{...} escapes to heap
./fmt_stringer_forms.go:62:20: &PP{...} escapes to heap
./fmt_stringer_forms.go:64:13: ... argument does not escape
./fmt_stringer_forms.go:65:12: ... argument does not escape
./fmt_stringer_forms.go:66:13: ... argument does not escape
./fmt_stringer_forms.go:66:18: Boom{} escapes to heap
./fmt_stringer_forms.go:67:12: ... argument does not escape
./fmt_stringer_forms.go:67:28: Boom{} escapes to heap
./fmt_stringer_forms.go:67:36: Boom{} escapes to heap
./fmt_stringer_forms.go:68:17: ... argument does not escape
./fmt_stringer_forms.go:68:17: c escapes to heap
./fmt_stringer_forms.go:68:21: " and " escapes to heap
./fmt_stringer_forms.go:68:35: Point{...} escapes to heap
./fmt_stringer_forms.go:69:13: ... argument does not escape
./fmt_stringer_forms.go:69:13: s escapes to heap
./fmt_stringer_forms.go:69:20: len(s) escapes to heap
./fmt_stringer_forms.go:70:12: ... argument does not escape
./fmt_stringer_forms.go:70:34: Point{...} escapes to heap
./fmt_stringer_forms.go:70:47: Named("x") escapes to heap
./fmt_stringer_forms.go:71:13: ... argument does not escape
./fmt_stringer_forms.go:71:21: []error{...} escapes to heap
./fmt_stringer_forms.go:71:21: []error{...} escapes to heap
./fmt_stringer_forms.go:72:12: ... argument does not escape
./fmt_stringer_forms.go:72:31: [2]Celsius{...} escapes to heap
