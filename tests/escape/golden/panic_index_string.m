./panic_index_string.go:6:9: s does not escape
./panic_index_string.go:12:13: ... argument does not escape
./panic_index_string.go:12:16: at(s, 2) escapes to heap
./panic_index_string.go:13:13: ... argument does not escape
./panic_index_string.go:13:16: at(s, 5) escapes to heap
