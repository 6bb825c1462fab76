./slice_idioms.go:42:14: main ignoring self-assignment in r[a], r[b] = r[b], r[a]
./slice_idioms.go:42:14: main ignoring self-assignment in r[a], r[b] = r[b], r[a]
./slice_idioms.go:50:15: main.func1 ignoring self-assignment in x[a], x[b] = x[b], x[a]
./slice_idioms.go:50:15: main.func1 ignoring self-assignment in x[a], x[b] = x[b], x[a]
./slice_idioms.go:48:14: x does not escape
./slice_idioms.go:8:12: []int{...} escapes to heap
./slice_idioms.go:15:13: ... argument does not escape
./slice_idioms.go:15:13: even escapes to heap
./slice_idioms.go:15:13: s escapes to heap
./slice_idioms.go:17:15: []string{...} escapes to heap
./slice_idioms.go:20:13: ... argument does not escape
./slice_idioms.go:20:13: d escapes to heap
./slice_idioms.go:20:20: len(d) escapes to heap
./slice_idioms.go:20:28: cap(d) escapes to heap
./slice_idioms.go:22:14: []int{...} escapes to heap
./slice_idioms.go:23:36: []int{...} does not escape
./slice_idioms.go:24:13: ... argument does not escape
./slice_idioms.go:24:13: ins escapes to heap
./slice_idioms.go:26:16: []int{...} escapes to heap
./slice_idioms.go:29:13: ... argument does not escape
./slice_idioms.go:29:13: top escapes to heap
./slice_idioms.go:29:13: stack escapes to heap
./slice_idioms.go:31:14: []int{...} escapes to heap
./slice_idioms.go:38:13: ... argument does not escape
./slice_idioms.go:38:13: out escapes to heap
./slice_idioms.go:40:13: []rune{...} does not escape
./slice_idioms.go:44:13: ... argument does not escape
./slice_idioms.go:44:20: string(r) escapes to heap
./slice_idioms.go:44:20: string(r) escapes to heap
./slice_idioms.go:47:14: []int{...} escapes to heap
./slice_idioms.go:48:9: func literal does not escape
./slice_idioms.go:56:13: ... argument does not escape
./slice_idioms.go:56:13: rot escapes to heap
