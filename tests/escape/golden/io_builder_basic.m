./io_builder_basic.go:10:13: ... argument does not escape
./io_builder_basic.go:10:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:10:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_basic.go:10:46: (*strings.Builder).String(sb) == "" escapes to heap
./io_builder_basic.go:14:14: ... argument does not escape
./io_builder_basic.go:14:14: i escapes to heap
./io_builder_basic.go:14:24: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:14:34: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_basic.go:16:13: ... argument does not escape
./io_builder_basic.go:16:23: (*strings.Builder).String(sb) escapes to heap
./io_builder_basic.go:17:27: ([]byte)("!!") does not escape
./io_builder_basic.go:18:13: ... argument does not escape
./io_builder_basic.go:18:13: n escapes to heap
./io_builder_basic.go:20:13: ... argument does not escape
./io_builder_basic.go:20:13: n escapes to heap
./io_builder_basic.go:20:28: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:22:13: ... argument does not escape
./io_builder_basic.go:22:13: n escapes to heap
./io_builder_basic.go:22:28: (*strings.Builder).Len(sb) escapes to heap
./io_builder_basic.go:25:13: ... argument does not escape
./io_builder_basic.go:25:17: len(s) escapes to heap
./io_builder_basic.go:25:25: len((*strings.Builder).String(sb)) escapes to heap
./io_builder_basic.go:28:13: ... argument does not escape
./io_builder_basic.go:28:24: (*strings.Builder).String(p)[len((*strings.Builder).String(p)) - 12:] escapes to heap
