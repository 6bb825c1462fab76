./array_range.go:10:12: ... argument does not escape
./array_range.go:10:12: i escapes to heap
./array_range.go:10:16: ":" escapes to heap
./array_range.go:10:16: v escapes to heap
./array_range.go:10:24: " " escapes to heap
./array_range.go:17:13: ... argument does not escape
./array_range.go:17:13: a escapes to heap
./array_range.go:23:13: ... argument does not escape
./array_range.go:23:14: "count" escapes to heap
./array_range.go:23:14: count escapes to heap
./array_range.go:33:12: ... argument does not escape
./array_range.go:33:12: v escapes to heap
./array_range.go:33:16: " " escapes to heap
./array_range.go:35:13: ... argument does not escape
./array_range.go:35:13: b escapes to heap
./array_range.go:44:12: ... argument does not escape
./array_range.go:44:12: v escapes to heap
./array_range.go:44:16: " " escapes to heap
./array_range.go:46:13: ... argument does not escape
./array_range.go:46:13: c escapes to heap
./array_range.go:53:13: ... argument does not escape
./array_range.go:53:13: d escapes to heap
./array_range.go:58:13: ... argument does not escape
./array_range.go:58:14: "last index" escapes to heap
./array_range.go:58:14: last escapes to heap
