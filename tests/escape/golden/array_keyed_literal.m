./array_keyed_literal.go:15:13: ... argument does not escape
./array_keyed_literal.go:15:17: len(names) escapes to heap
./array_keyed_literal.go:15:17: names escapes to heap
./array_keyed_literal.go:18:13: ... argument does not escape
./array_keyed_literal.go:18:17: len(a) escapes to heap
./array_keyed_literal.go:18:17: a escapes to heap
./array_keyed_literal.go:21:13: ... argument does not escape
./array_keyed_literal.go:21:13: b escapes to heap
./array_keyed_literal.go:24:13: ... argument does not escape
./array_keyed_literal.go:24:13: sq escapes to heap
./array_keyed_literal.go:27:13: ... argument does not escape
./array_keyed_literal.go:27:13: nested escapes to heap
./array_keyed_literal.go:29:15: []string{...} escapes to heap
./array_keyed_literal.go:30:13: ... argument does not escape
./array_keyed_literal.go:30:17: len(s) escapes to heap
./array_keyed_literal.go:30:25: cap(s) escapes to heap
./array_keyed_literal.go:31:12: ... argument does not escape
./array_keyed_literal.go:31:13: s escapes to heap
