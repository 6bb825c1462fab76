./io_builder_fprintf.go:14:12: leaking param content: rows
./io_builder_fprintf.go:15:6: moved to heap: b
./io_builder_fprintf.go:16:13: ... argument does not escape
./io_builder_fprintf.go:16:37: "item" escapes to heap
./io_builder_fprintf.go:16:45: "qty" escapes to heap
./io_builder_fprintf.go:16:52: "price" escapes to heap
./io_builder_fprintf.go:21:14: ... argument does not escape
./io_builder_fprintf.go:21:41: r.name escapes to heap
./io_builder_fprintf.go:21:49: r.qty escapes to heap
./io_builder_fprintf.go:21:56: r.price escapes to heap
./io_builder_fprintf.go:24:14: ... argument does not escape
./io_builder_fprintf.go:24:19: "total" escapes to heap
./io_builder_fprintf.go:24:19: total escapes to heap
./io_builder_fprintf.go:25:12: ... argument does not escape
./io_builder_fprintf.go:25:17: "end" escapes to heap
./io_builder_fprintf.go:25:24: 1 escapes to heap
./io_builder_fprintf.go:25:27: 2 escapes to heap
./io_builder_fprintf.go:25:30: "x" escapes to heap
./io_builder_fprintf.go:25:35: "y" escapes to heap
./io_builder_fprintf.go:30:18: []row{...} does not escape
./io_builder_fprintf.go:31:13: ... argument does not escape
./io_builder_fprintf.go:31:13: s escapes to heap
./io_builder_fprintf.go:32:13: ... argument does not escape
./io_builder_fprintf.go:32:17: len(s) escapes to heap
./io_builder_fprintf.go:33:24: &strings.Builder{} escapes to heap
./io_builder_fprintf.go:33:23: ... argument does not escape
./io_builder_fprintf.go:33:52: 12 escapes to heap
./io_builder_fprintf.go:33:56: 345 escapes to heap
./io_builder_fprintf.go:34:13: ... argument does not escape
./io_builder_fprintf.go:34:13: n escapes to heap
