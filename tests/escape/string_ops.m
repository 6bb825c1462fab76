./string_ops.go:5:11: leaking param: parts to result ~r0 level=1
./string_ops.go:14:20: []string{...} does not escape
./string_ops.go:15:15: s + "-" + s escapes to heap
./string_ops.go:16:13: ... argument does not escape
./string_ops.go:16:13: t escapes to heap
./string_ops.go:16:20: len(t) escapes to heap
./string_ops.go:18:13: ... argument does not escape
./string_ops.go:18:13: u escapes to heap
./string_ops.go:19:13: ([]byte)(t) does not escape
./string_ops.go:20:13: ... argument does not escape
./string_ops.go:20:17: len(b) escapes to heap
./string_ops.go:20:28: string(b[:2]) escapes to heap
./string_ops.go:20:28: string(b[:2]) escapes to heap
