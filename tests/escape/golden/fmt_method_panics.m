./fmt_method_panics.go:10:7: t does not escape
./fmt_method_panics.go:10:43: "T:" + t.name escapes to heap
./fmt_method_panics.go:14:7: e does not escape
./fmt_method_panics.go:14:42: "E:" + e.msg escapes to heap
./fmt_method_panics.go:21:20: ... argument does not escape
./fmt_method_panics.go:21:23: xs[b.n] escapes to heap
./fmt_method_panics.go:28:49: fmt.Sprintf("no %d", ... argument...) escapes to heap
./fmt_method_panics.go:28:49: ... argument does not escape
./fmt_method_panics.go:28:59: 42 escapes to heap
./fmt_method_panics.go:33:13: ... argument does not escape
./fmt_method_panics.go:33:20: &T{...} escapes to heap
./fmt_method_panics.go:33:29: &E{...} escapes to heap
./fmt_method_panics.go:34:12: ... argument does not escape
./fmt_method_panics.go:36:13: ... argument does not escape
./fmt_method_panics.go:36:18: err == nil escapes to heap
./fmt_method_panics.go:37:13: ... argument does not escape
./fmt_method_panics.go:37:17: Bad{...} escapes to heap
./fmt_method_panics.go:37:25: Bad{...} escapes to heap
./fmt_method_panics.go:38:12: ... argument does not escape
./fmt_method_panics.go:38:30: Bad{...} escapes to heap
./fmt_method_panics.go:38:38: Bad{...} escapes to heap
./fmt_method_panics.go:38:46: Bad{...} escapes to heap
./fmt_method_panics.go:39:13: ... argument does not escape
./fmt_method_panics.go:39:20: BadErr{} escapes to heap
./fmt_method_panics.go:40:13: ... argument does not escape
./fmt_method_panics.go:40:28: []fmt.Stringer{...} escapes to heap
./fmt_method_panics.go:40:28: []fmt.Stringer{...} escapes to heap
./fmt_method_panics.go:40:35: Bad{...} escapes to heap
./fmt_method_panics.go:40:40: &T{...} escapes to heap
./fmt_method_panics.go:41:18: ... argument does not escape
./fmt_method_panics.go:41:35: Bad{...} escapes to heap
./fmt_method_panics.go:41:46: BadErr{} escapes to heap
./fmt_method_panics.go:42:13: ... argument does not escape
./fmt_method_panics.go:42:13: s escapes to heap
