./panic_index_empty.go:6:12: s does not escape
./panic_index_empty.go:9:13: ... argument does not escape
./panic_index_empty.go:9:19: first("x") escapes to heap
./panic_index_empty.go:10:13: ... argument does not escape
./panic_index_empty.go:10:19: first("") escapes to heap
