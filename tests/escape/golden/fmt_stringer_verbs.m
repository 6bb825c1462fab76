./fmt_stringer_verbs.go:11:50: ... argument does not escape
./fmt_stringer_verbs.go:11:63: v.X escapes to heap
./fmt_stringer_verbs.go:11:68: v.Y escapes to heap
./fmt_stringer_verbs.go:12:50: ... argument does not escape
./fmt_stringer_verbs.go:12:64: v.X escapes to heap
./fmt_stringer_verbs.go:12:69: v.Y escapes to heap
./fmt_stringer_verbs.go:18:7: b does not escape
./fmt_stringer_verbs.go:18:52: ... argument does not escape
./fmt_stringer_verbs.go:18:68: len(b) escapes to heap
./fmt_stringer_verbs.go:24:2: moved to heap: v
./fmt_stringer_verbs.go:22:12: ... argument does not escape
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:22:13: c escapes to heap
./fmt_stringer_verbs.go:23:12: ... argument does not escape
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:23:13: c escapes to heap
./fmt_stringer_verbs.go:25:12: ... argument does not escape
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:25:13: v escapes to heap
./fmt_stringer_verbs.go:26:12: ... argument does not escape
./fmt_stringer_verbs.go:26:36: []V{...} escapes to heap
./fmt_stringer_verbs.go:26:36: []V{...} escapes to heap
./fmt_stringer_verbs.go:26:44: []V{...} escapes to heap
./fmt_stringer_verbs.go:26:44: []V{...} escapes to heap
./fmt_stringer_verbs.go:27:12: ... argument does not escape
./fmt_stringer_verbs.go:27:34: Plain{...} escapes to heap
./fmt_stringer_verbs.go:27:44: Plain{...} escapes to heap
./fmt_stringer_verbs.go:27:54: Plain{...} escapes to heap
./fmt_stringer_verbs.go:28:12: ... argument does not escape
./fmt_stringer_verbs.go:28:35: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:35: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:49: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:49: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:63: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:63: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:77: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:28:77: Bytes("hey") escapes to heap
./fmt_stringer_verbs.go:29:13: ... argument does not escape
./fmt_stringer_verbs.go:29:13: c escapes to heap
./fmt_stringer_verbs.go:29:28: []Color{...} escapes to heap
./fmt_stringer_verbs.go:29:28: []Color{...} escapes to heap
./fmt_stringer_verbs.go:29:47: [2]Color{...} escapes to heap
./fmt_stringer_verbs.go:29:66: map[Color]V{...} escapes to heap
./fmt_stringer_verbs.go:30:11: ... argument does not escape
./fmt_stringer_verbs.go:30:11: c escapes to heap
./fmt_stringer_verbs.go:30:11: v escapes to heap
./fmt_stringer_verbs.go:30:18: "\n" escapes to heap
./fmt_stringer_verbs.go:31:12: ... argument does not escape
./fmt_stringer_verbs.go:31:37: []interface {}{...} escapes to heap
./fmt_stringer_verbs.go:31:37: []interface {}{...} escapes to heap
./fmt_stringer_verbs.go:31:38: c escapes to heap
./fmt_stringer_verbs.go:31:41: v escapes to heap
./fmt_stringer_verbs.go:31:49: 3 escapes to heap
./fmt_stringer_verbs.go:34:3: struct { C Color; c Color }{...} escapes to heap
./fmt_stringer_verbs.go:35:12: ... argument does not escape
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:35:13: c escapes to heap
./fmt_stringer_verbs.go:36:18: ... argument does not escape
./fmt_stringer_verbs.go:36:19: c escapes to heap
./fmt_stringer_verbs.go:36:19: v escapes to heap
./fmt_stringer_verbs.go:37:13: ... argument does not escape
./fmt_stringer_verbs.go:37:13: s escapes to heap
