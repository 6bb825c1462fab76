./io_builder_gc.go:18:12: &strings.Builder{} escapes to heap
./io_builder_gc.go:18:35: new(bytes.Buffer) escapes to heap
./io_builder_gc.go:20:15: ... argument does not escape
./io_builder_gc.go:20:21: j escapes to heap
./io_builder_gc.go:35:13: ... argument does not escape
./io_builder_gc.go:35:17: len(keep) escapes to heap
./io_builder_gc.go:35:17: total escapes to heap
./io_builder_gc.go:36:13: ... argument does not escape
./io_builder_gc.go:36:30: (*strings.Builder).String(keep[5].b) escapes to heap
./io_builder_gc.go:36:49: (*bytes.Buffer).Len(keep[5].buf) escapes to heap
