./io_builder_copy_panic.go:8:12: leaking param: b
./io_builder_copy_panic.go:17:13: ... argument does not escape
./io_builder_copy_panic.go:17:22: (*strings.Builder).String(b) escapes to heap
./io_builder_copy_panic.go:19:13: ... argument does not escape
./io_builder_copy_panic.go:19:22: (*strings.Builder).String(a) escapes to heap
./io_builder_copy_panic.go:21:13: ... argument does not escape
./io_builder_copy_panic.go:21:14: "unreachable" escapes to heap
