./fmt_pointer_p.go:10:16: s does not escape
./fmt_pointer_p.go:10:19: p does not escape
./fmt_pointer_p.go:15:2: moved to heap: x
./fmt_pointer_p.go:21:2: moved to heap: y
./fmt_pointer_p.go:17:19: ... argument does not escape
./fmt_pointer_p.go:18:19: ... argument does not escape
./fmt_pointer_p.go:19:13: ... argument does not escape
./fmt_pointer_p.go:19:17: s1 != "" escapes to heap
./fmt_pointer_p.go:19:27: s1 == s2 escapes to heap
./fmt_pointer_p.go:19:43: hasPrefix(s1, "0x") escapes to heap
./fmt_pointer_p.go:22:13: ... argument does not escape
./fmt_pointer_p.go:22:36: fmt.Sprintf("%p", ... argument...) != s1 escapes to heap
./fmt_pointer_p.go:22:25: ... argument does not escape
./fmt_pointer_p.go:25:13: ... argument does not escape
./fmt_pointer_p.go:25:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:25:25: ... argument does not escape
./fmt_pointer_p.go:27:7: &T{} escapes to heap
./fmt_pointer_p.go:28:13: ... argument does not escape
./fmt_pointer_p.go:28:35: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:28:25: ... argument does not escape
./fmt_pointer_p.go:28:49: ... argument does not escape
./fmt_pointer_p.go:29:13: ... argument does not escape
./fmt_pointer_p.go:29:38: fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:29:25: ... argument does not escape
./fmt_pointer_p.go:29:52: ... argument does not escape
./fmt_pointer_p.go:31:13: []int{...} escapes to heap
./fmt_pointer_p.go:33:13: ... argument does not escape
./fmt_pointer_p.go:33:36: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:33:25: ... argument does not escape
./fmt_pointer_p.go:33:26: sl escapes to heap
./fmt_pointer_p.go:33:50: ... argument does not escape
./fmt_pointer_p.go:33:51: sub escapes to heap
./fmt_pointer_p.go:34:13: ... argument does not escape
./fmt_pointer_p.go:34:36: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:34:25: ... argument does not escape
./fmt_pointer_p.go:34:26: sl escapes to heap
./fmt_pointer_p.go:34:50: ... argument does not escape
./fmt_pointer_p.go:35:13: ... argument does not escape
./fmt_pointer_p.go:35:40: fmt.Sprintf("%p", ... argument...) != fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:35:25: ... argument does not escape
./fmt_pointer_p.go:35:34: sl[1:] escapes to heap
./fmt_pointer_p.go:35:54: ... argument does not escape
./fmt_pointer_p.go:35:55: sl escapes to heap
./fmt_pointer_p.go:37:13: ... argument does not escape
./fmt_pointer_p.go:37:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:37:25: ... argument does not escape
./fmt_pointer_p.go:37:26: nilSlice escapes to heap
./fmt_pointer_p.go:39:21: map[string]int{} escapes to heap
./fmt_pointer_p.go:41:13: ... argument does not escape
./fmt_pointer_p.go:41:35: fmt.Sprintf("%p", ... argument...) == fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:41:25: ... argument does not escape
./fmt_pointer_p.go:41:49: ... argument does not escape
./fmt_pointer_p.go:41:70: hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") escapes to heap
./fmt_pointer_p.go:41:82: ... argument does not escape
./fmt_pointer_p.go:43:13: ... argument does not escape
./fmt_pointer_p.go:43:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:43:25: ... argument does not escape
./fmt_pointer_p.go:45:7: func literal escapes to heap
./fmt_pointer_p.go:46:13: ... argument does not escape
./fmt_pointer_p.go:46:23: hasPrefix(fmt.Sprintf("%p", ... argument...), "0x") escapes to heap
./fmt_pointer_p.go:46:35: ... argument does not escape
./fmt_pointer_p.go:48:13: ... argument does not escape
./fmt_pointer_p.go:48:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:48:25: ... argument does not escape
./fmt_pointer_p.go:51:13: ... argument does not escape
./fmt_pointer_p.go:51:35: fmt.Sprintf("%v", ... argument...) == s1 escapes to heap
./fmt_pointer_p.go:51:25: ... argument does not escape
./fmt_pointer_p.go:52:13: ... argument does not escape
./fmt_pointer_p.go:52:25: fmt.Sprintf("%p", ... argument...) escapes to heap
./fmt_pointer_p.go:52:25: ... argument does not escape
./fmt_pointer_p.go:52:32: 5 escapes to heap
