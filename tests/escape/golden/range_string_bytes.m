./range_string_bytes.go:10:12: ... argument does not escape
./range_string_bytes.go:10:12: i escapes to heap
./range_string_bytes.go:10:16: ":" escapes to heap
./range_string_bytes.go:10:27: string(r) escapes to heap
./range_string_bytes.go:10:27: string(r) escapes to heap
./range_string_bytes.go:10:32: " " escapes to heap
./range_string_bytes.go:13:26: ([]byte)(s) does not escape
./range_string_bytes.go:14:13: ... argument does not escape
./range_string_bytes.go:14:14: i escapes to heap
./range_string_bytes.go:14:14: b escapes to heap
./range_string_bytes.go:17:26: ([]rune)(s) does not escape
./range_string_bytes.go:18:13: ... argument does not escape
./range_string_bytes.go:18:14: i escapes to heap
./range_string_bytes.go:18:14: r escapes to heap
./range_string_bytes.go:26:13: ... argument does not escape
./range_string_bytes.go:26:13: count escapes to heap
./range_string_bytes.go:26:24: len(s) escapes to heap
./range_string_bytes.go:26:32: len(([]rune)(s)) escapes to heap
./range_string_bytes.go:26:39: ([]rune)(s) does not escape
./range_string_bytes.go:31:13: ... argument does not escape
./range_string_bytes.go:31:13: last escapes to heap
