./fmt_nil_composites.go:19:13: ... argument does not escape
./fmt_nil_composites.go:19:13: s escapes to heap
./fmt_nil_composites.go:19:25: f == nil escapes to heap
./fmt_nil_composites.go:20:12: ... argument does not escape
./fmt_nil_composites.go:20:13: s escapes to heap
./fmt_nil_composites.go:21:12: ... argument does not escape
./fmt_nil_composites.go:21:13: s escapes to heap
./fmt_nil_composites.go:22:12: ... argument does not escape
./fmt_nil_composites.go:23:12: ... argument does not escape
./fmt_nil_composites.go:25:12: ... argument does not escape
./fmt_nil_composites.go:25:13: t escapes to heap
./fmt_nil_composites.go:25:13: t escapes to heap
./fmt_nil_composites.go:26:12: ... argument does not escape
./fmt_nil_composites.go:26:28: []*T{...} escapes to heap
./fmt_nil_composites.go:26:28: []*T{...} escapes to heap
./fmt_nil_composites.go:26:54: [2]map[int]int{} escapes to heap
./fmt_nil_composites.go:27:12: ... argument does not escape
./fmt_nil_composites.go:27:26: []*T{...} escapes to heap
./fmt_nil_composites.go:27:26: []*T{...} escapes to heap
./fmt_nil_composites.go:28:12: ... argument does not escape
./fmt_nil_composites.go:28:13: s escapes to heap
./fmt_nil_composites.go:28:13: s escapes to heap
