./fmt_string_slices.go:9:16: []string{...} escapes to heap
./fmt_string_slices.go:10:12: ... argument does not escape
./fmt_string_slices.go:10:13: ss escapes to heap
./fmt_string_slices.go:11:12: ... argument does not escape
./fmt_string_slices.go:11:13: ss escapes to heap
./fmt_string_slices.go:12:12: ... argument does not escape
./fmt_string_slices.go:12:13: ss escapes to heap
./fmt_string_slices.go:13:12: ... argument does not escape
./fmt_string_slices.go:13:13: ss escapes to heap
./fmt_string_slices.go:14:12: ... argument does not escape
./fmt_string_slices.go:14:31: []string{...} escapes to heap
./fmt_string_slices.go:14:31: []string{...} escapes to heap
./fmt_string_slices.go:15:12: ... argument does not escape
./fmt_string_slices.go:15:32: []string{...} escapes to heap
./fmt_string_slices.go:15:32: []string{...} escapes to heap
./fmt_string_slices.go:16:12: ... argument does not escape
./fmt_string_slices.go:16:31: []string{...} escapes to heap
./fmt_string_slices.go:16:31: []string{...} escapes to heap
./fmt_string_slices.go:17:12: ... argument does not escape
./fmt_string_slices.go:17:29: []string{...} escapes to heap
./fmt_string_slices.go:17:29: []string{...} escapes to heap
./fmt_string_slices.go:18:12: ... argument does not escape
./fmt_string_slices.go:18:30: []string{...} escapes to heap
./fmt_string_slices.go:18:30: []string{...} escapes to heap
./fmt_string_slices.go:19:12: ... argument does not escape
./fmt_string_slices.go:19:30: []string{...} escapes to heap
./fmt_string_slices.go:19:30: []string{...} escapes to heap
./fmt_string_slices.go:21:13: ([]byte)("Hi!\x00\xff") escapes to heap
./fmt_string_slices.go:22:12: ... argument does not escape
./fmt_string_slices.go:22:13: b escapes to heap
./fmt_string_slices.go:23:12: ... argument does not escape
./fmt_string_slices.go:23:13: b escapes to heap
./fmt_string_slices.go:24:12: ... argument does not escape
./fmt_string_slices.go:24:13: b escapes to heap
./fmt_string_slices.go:25:12: ... argument does not escape
./fmt_string_slices.go:25:13: b escapes to heap
./fmt_string_slices.go:26:12: ... argument does not escape
./fmt_string_slices.go:26:13: b escapes to heap
./fmt_string_slices.go:27:12: ... argument does not escape
./fmt_string_slices.go:27:13: b escapes to heap
./fmt_string_slices.go:28:12: ... argument does not escape
./fmt_string_slices.go:28:13: b escapes to heap
./fmt_string_slices.go:29:12: ... argument does not escape
./fmt_string_slices.go:29:13: b escapes to heap
./fmt_string_slices.go:30:12: ... argument does not escape
./fmt_string_slices.go:30:13: b escapes to heap
./fmt_string_slices.go:31:12: ... argument does not escape
./fmt_string_slices.go:31:13: b escapes to heap
./fmt_string_slices.go:32:12: ... argument does not escape
./fmt_string_slices.go:32:30: []byte{...} escapes to heap
./fmt_string_slices.go:32:30: []byte{...} escapes to heap
./fmt_string_slices.go:33:12: ... argument does not escape
./fmt_string_slices.go:33:29: []byte{...} escapes to heap
./fmt_string_slices.go:33:29: []byte{...} escapes to heap
./fmt_string_slices.go:36:12: ... argument does not escape
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:36:13: s escapes to heap
./fmt_string_slices.go:37:12: ... argument does not escape
./fmt_string_slices.go:37:24: "" escapes to heap
./fmt_string_slices.go:37:34: []byte{} escapes to heap
./fmt_string_slices.go:37:34: []byte{} escapes to heap
./fmt_string_slices.go:39:12: ... argument does not escape
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:39:13: nb escapes to heap
./fmt_string_slices.go:42:12: ... argument does not escape
./fmt_string_slices.go:42:13: arr escapes to heap
./fmt_string_slices.go:42:13: arr escapes to heap
./fmt_string_slices.go:42:13: arr escapes to heap
./fmt_string_slices.go:43:13: ... argument does not escape
./fmt_string_slices.go:43:13: b escapes to heap
./fmt_string_slices.go:43:23: string(b[:3]) escapes to heap
./fmt_string_slices.go:43:23: string(b[:3]) escapes to heap
