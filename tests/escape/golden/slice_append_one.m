./slice_append_one.go:12:13: ... argument does not escape
./slice_append_one.go:12:13: s escapes to heap
./slice_append_one.go:12:20: len(s) escapes to heap
./slice_append_one.go:15:13: ... argument does not escape
./slice_append_one.go:15:17: len(s) escapes to heap
./slice_append_one.go:15:25: len(t) escapes to heap
./slice_append_one.go:15:31: s[3] escapes to heap
./slice_append_one.go:15:37: t[3] escapes to heap
./slice_append_one.go:20:13: ... argument does not escape
./slice_append_one.go:20:13: words escapes to heap
./slice_append_one.go:20:24: len(words) escapes to heap
./slice_append_one.go:26:13: ... argument does not escape
./slice_append_one.go:26:13: ps escapes to heap
./slice_append_one.go:31:13: ... argument does not escape
./slice_append_one.go:31:20: string(bs) escapes to heap
./slice_append_one.go:31:20: string(bs) escapes to heap
./slice_append_one.go:31:20: bs escapes to heap
./slice_append_one.go:35:13: ... argument does not escape
./slice_append_one.go:35:13: fs escapes to heap
./slice_append_one.go:38:31: []int{...} escapes to heap
./slice_append_one.go:41:13: ... argument does not escape
./slice_append_one.go:41:13: nested escapes to heap
./slice_append_one.go:41:25: len(nested[1]) escapes to heap
