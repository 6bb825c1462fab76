./panic_index_negative.go:9:13: ... argument does not escape
./panic_index_negative.go:9:15: s[i + 1] escapes to heap
./panic_index_negative.go:10:13: ... argument does not escape
./panic_index_negative.go:10:15: s[i] escapes to heap
