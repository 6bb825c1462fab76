./panic_nil_map_write.go:9:13: ... argument does not escape
./panic_nil_map_write.go:9:15: m["a"] escapes to heap
./panic_nil_map_write.go:9:25: len(m) escapes to heap
./panic_nil_map_write.go:12:13: ... argument does not escape
./panic_nil_map_write.go:12:14: "unreachable" escapes to heap
