./io_builder_grow.go:11:13: ... argument does not escape
./io_builder_grow.go:11:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:11:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:13:13: ... argument does not escape
./io_builder_grow.go:13:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:13:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:15:13: ... argument does not escape
./io_builder_grow.go:15:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:15:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:17:13: ... argument does not escape
./io_builder_grow.go:17:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:17:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:20:12: ... argument does not escape
./io_builder_grow.go:20:19: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:20:23: ":" escapes to heap
./io_builder_grow.go:20:34: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:20:38: " " escapes to heap
./io_builder_grow.go:23:13: ... argument does not escape
./io_builder_grow.go:23:23: (*strings.Builder).String(sb) escapes to heap
./io_builder_grow.go:25:13: ... argument does not escape
./io_builder_grow.go:25:20: (*strings.Builder).Len(sb) escapes to heap
./io_builder_grow.go:25:30: (*strings.Builder).Cap(sb) escapes to heap
./io_builder_grow.go:28:12: ... argument does not escape
./io_builder_grow.go:28:30: (*strings.Builder).String(sb) escapes to heap
./io_builder_grow.go:29:8: func literal does not escape
./io_builder_grow.go:30:14: ... argument does not escape
./io_builder_grow.go:30:15: "recovered:" escapes to heap
