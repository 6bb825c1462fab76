./fmt_stringer_nested.go:17:20: ... argument does not escape
./fmt_stringer_nested.go:17:37: int(l) escapes to heap
./fmt_stringer_nested.go:22:7: t does not escape
./fmt_stringer_nested.go:22:49: t.k + "=" + t.v escapes to heap
./fmt_stringer_nested.go:37:7: l does not escape
./fmt_stringer_nested.go:42:44: "List<" + strings.Join(parts, ",") + ">" escapes to heap
./fmt_stringer_nested.go:47:51: ... argument does not escape
./fmt_stringer_nested.go:47:71: float32(t) escapes to heap
./fmt_stringer_nested.go:54:21: []Tag{...} escapes to heap
./fmt_stringer_nested.go:54:63: map[string]Level{...} escapes to heap
./fmt_stringer_nested.go:54:81: &Tag{...} escapes to heap
./fmt_stringer_nested.go:54:105: Level(0) escapes to heap
./fmt_stringer_nested.go:55:13: ... argument does not escape
./fmt_stringer_nested.go:55:13: e escapes to heap
./fmt_stringer_nested.go:56:12: ... argument does not escape
./fmt_stringer_nested.go:56:13: e escapes to heap
./fmt_stringer_nested.go:56:13: e escapes to heap
./fmt_stringer_nested.go:57:13: ... argument does not escape
./fmt_stringer_nested.go:57:20: Matrix{...} escapes to heap
./fmt_stringer_nested.go:58:13: ... argument does not escape
./fmt_stringer_nested.go:58:18: List{...} escapes to heap
./fmt_stringer_nested.go:58:18: List{...} escapes to heap
./fmt_stringer_nested.go:58:36: []Level{...} escapes to heap
./fmt_stringer_nested.go:58:36: []Level{...} escapes to heap
./fmt_stringer_nested.go:59:12: ... argument does not escape
./fmt_stringer_nested.go:59:31: List{...} escapes to heap
./fmt_stringer_nested.go:59:31: List{...} escapes to heap
./fmt_stringer_nested.go:59:41: Level(1) escapes to heap
./fmt_stringer_nested.go:59:51: Level(0) escapes to heap
./fmt_stringer_nested.go:60:13: ... argument does not escape
./fmt_stringer_nested.go:60:27: map[Level]Tag{...} escapes to heap
./fmt_stringer_nested.go:61:13: ... argument does not escape
./fmt_stringer_nested.go:61:18: Temp(36.6) escapes to heap
./fmt_stringer_nested.go:61:32: []Temp{...} escapes to heap
./fmt_stringer_nested.go:61:32: []Temp{...} escapes to heap
./fmt_stringer_nested.go:62:6: Level(1) escapes to heap
./fmt_stringer_nested.go:63:13: ... argument does not escape
./fmt_stringer_nested.go:63:21: Pair{...} escapes to heap
./fmt_stringer_nested.go:63:27: Level(0) escapes to heap
./fmt_stringer_nested.go:63:35: Tag{...} escapes to heap
./fmt_stringer_nested.go:63:52: Pair{} escapes to heap
./fmt_stringer_nested.go:64:12: ... argument does not escape
./fmt_stringer_nested.go:64:32: Level(1) escapes to heap
./fmt_stringer_nested.go:64:42: Level(1) escapes to heap
./fmt_stringer_nested.go:64:52: Level(9) escapes to heap
./fmt_stringer_nested.go:65:12: ... argument does not escape
./fmt_stringer_nested.go:65:31: List{} escapes to heap
./fmt_stringer_nested.go:65:31: List{} escapes to heap
./fmt_stringer_nested.go:66:12: ... argument does not escape
./fmt_stringer_nested.go:66:39: Level(1) escapes to heap
./fmt_stringer_nested.go:66:47: Tag{...} escapes to heap
./fmt_stringer_nested.go:66:64: Level(0) escapes to heap
./fmt_stringer_nested.go:67:11: ... argument does not escape
./fmt_stringer_nested.go:67:17: Level(0) escapes to heap
./fmt_stringer_nested.go:67:27: Level(1) escapes to heap
./fmt_stringer_nested.go:67:32: "\n" escapes to heap
./fmt_stringer_nested.go:68:11: ... argument does not escape
./fmt_stringer_nested.go:68:17: Level(0) escapes to heap
./fmt_stringer_nested.go:68:22: "x" escapes to heap
./fmt_stringer_nested.go:68:32: Level(1) escapes to heap
./fmt_stringer_nested.go:68:37: "\n" escapes to heap
