./range_string.go:8:11: leaking param: s
./range_string.go:9:12: ... argument does not escape
./range_string.go:9:13: s escapes to heap
./range_string.go:11:13: ... argument does not escape
./range_string.go:11:14: i escapes to heap
./range_string.go:11:14: r escapes to heap
./range_string.go:34:13: ... argument does not escape
./range_string.go:34:14: "sum of indices" escapes to heap
./range_string.go:34:14: count escapes to heap
./range_string.go:40:13: ... argument does not escape
./range_string.go:40:14: "runes" escapes to heap
./range_string.go:40:14: n escapes to heap
./range_string.go:40:26: "bytes" escapes to heap
./range_string.go:40:38: len("日本語") escapes to heap
./range_string.go:43:12: ... argument does not escape
./range_string.go:43:12: r escapes to heap
./range_string.go:43:16: " " escapes to heap
./range_string.go:43:27: string(r + 1) escapes to heap
./range_string.go:43:27: string(r + 1) escapes to heap
./range_string.go:43:34: " " escapes to heap
./range_string.go:50:12: ... argument does not escape
./range_string.go:50:12: i escapes to heap
./range_string.go:50:22: string(c) escapes to heap
./range_string.go:50:22: string(c) escapes to heap
./range_string.go:52:13: ... argument does not escape
./range_string.go:52:14: " " escapes to heap
./range_string.go:52:14: s escapes to heap
./range_string.go:58:13: ... argument does not escape
./range_string.go:58:13: li escapes to heap
./range_string.go:58:13: last escapes to heap
./range_string.go:58:30: string(last) escapes to heap
./range_string.go:58:30: string(last) escapes to heap
./range_string.go:68:13: ... argument does not escape
./range_string.go:68:14: "vowels" escapes to heap
./range_string.go:68:14: vowels escapes to heap
