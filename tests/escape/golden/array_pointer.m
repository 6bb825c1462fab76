./array_pointer.go:7:11: p does not escape
./array_pointer.go:14:6: moved to heap: a
./array_pointer.go:16:13: ... argument does not escape
./array_pointer.go:16:13: a escapes to heap
./array_pointer.go:21:13: ... argument does not escape
./array_pointer.go:21:13: a escapes to heap
./array_pointer.go:21:20: len(p) escapes to heap
./array_pointer.go:21:26: p[3] escapes to heap
./array_pointer.go:25:13: ... argument does not escape
./array_pointer.go:25:13: a escapes to heap
./array_pointer.go:25:20: len(s) escapes to heap
./array_pointer.go:25:28: cap(s) escapes to heap
./array_pointer.go:29:13: ... argument does not escape
./array_pointer.go:29:13: a escapes to heap
./array_pointer.go:29:13: t escapes to heap
./array_pointer.go:29:23: len(t) escapes to heap
./array_pointer.go:29:31: cap(t) escapes to heap
./array_pointer.go:32:13: ... argument does not escape
./array_pointer.go:32:16: p == q escapes to heap
./array_pointer.go:32:25: *p == *q escapes to heap
./array_pointer.go:36:13: ... argument does not escape
./array_pointer.go:36:15: a[0] escapes to heap
./array_pointer.go:36:21: b[0] escapes to heap
./array_pointer.go:42:13: ... argument does not escape
./array_pointer.go:42:14: "sum" escapes to heap
./array_pointer.go:42:14: sum escapes to heap
