./array_len.go:15:13: ... argument does not escape
./array_len.go:15:17: len(a) escapes to heap
./array_len.go:15:25: cap(a) escapes to heap
./array_len.go:15:25: a escapes to heap
./array_len.go:16:13: ... argument does not escape
./array_len.go:16:17: len(b) escapes to heap
./array_len.go:16:17: b escapes to heap
./array_len.go:17:12: ... argument does not escape
./array_len.go:17:13: b escapes to heap
./array_len.go:18:13: ... argument does not escape
./array_len.go:18:17: len(c) escapes to heap
./array_len.go:18:17: c escapes to heap
./array_len.go:19:13: ... argument does not escape
./array_len.go:19:14: n escapes to heap
./array_len.go:19:20: len(global) escapes to heap
./array_len.go:22:13: ... argument does not escape
./array_len.go:22:17: len(p) escapes to heap
./array_len.go:22:25: cap(p) escapes to heap
./array_len.go:25:13: ... argument does not escape
./array_len.go:25:17: len(big) escapes to heap
./array_len.go:25:27: big[999] escapes to heap
./array_len.go:28:13: ... argument does not escape
./array_len.go:28:17: len(empty) escapes to heap
./array_len.go:28:17: empty escapes to heap
./array_len.go:31:13: ... argument does not escape
./array_len.go:31:17: len(arr2) escapes to heap
./array_len.go:31:28: len(arr2[0]) escapes to heap
./array_len.go:31:28: arr2 escapes to heap
