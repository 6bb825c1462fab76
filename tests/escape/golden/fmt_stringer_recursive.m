./fmt_stringer_recursive.go:13:7: leaking param content: n
./fmt_stringer_recursive.go:17:20: ... argument does not escape
./fmt_stringer_recursive.go:17:32: n.Val escapes to heap
./fmt_stringer_recursive.go:25:7: leaking param content: t
./fmt_stringer_recursive.go:29:20: ... argument does not escape
./fmt_stringer_recursive.go:29:41: t.V escapes to heap
./fmt_stringer_recursive.go:36:9: &Tree{...} escapes to heap
./fmt_stringer_recursive.go:36:53: ... argument does not escape
./fmt_stringer_recursive.go:36:53: d escapes to heap
./fmt_stringer_recursive.go:44:7: in does not escape
./fmt_stringer_recursive.go:45:37: strings.Repeat(" ", in.depth) + fmt.Sprint(... argument...) escapes to heap
./fmt_stringer_recursive.go:45:49: ... argument does not escape
./fmt_stringer_recursive.go:45:52: in.depth escapes to heap
./fmt_stringer_recursive.go:47:13: "\n" + Indent.String(k) escapes to heap
./fmt_stringer_recursive.go:55:10: &Node{...} escapes to heap
./fmt_stringer_recursive.go:57:17: ... argument does not escape
./fmt_stringer_recursive.go:58:13: ... argument does not escape
./fmt_stringer_recursive.go:58:17: len(s) escapes to heap
./fmt_stringer_recursive.go:58:23: s[:40] escapes to heap
./fmt_stringer_recursive.go:59:13: ... argument does not escape
./fmt_stringer_recursive.go:60:13: ... argument does not escape
./fmt_stringer_recursive.go:60:17: len(fmt.Sprint(... argument...)) escapes to heap
./fmt_stringer_recursive.go:60:28: ... argument does not escape
./fmt_stringer_recursive.go:61:26: []Indent{...} escapes to heap
./fmt_stringer_recursive.go:61:39: []Indent{...} escapes to heap
./fmt_stringer_recursive.go:62:13: ... argument does not escape
./fmt_stringer_recursive.go:62:13: in escapes to heap
./fmt_stringer_recursive.go:63:12: ... argument does not escape
./fmt_stringer_recursive.go:63:31: []*Node{...} escapes to heap
./fmt_stringer_recursive.go:63:31: []*Node{...} escapes to heap
./fmt_stringer_recursive.go:63:32: &Node{...} escapes to heap
./fmt_stringer_recursive.go:63:64: map[string]*Node{...} escapes to heap
./fmt_stringer_recursive.go:63:70: &Node{...} escapes to heap
./fmt_stringer_recursive.go:63:74: &Node{...} escapes to heap
