./slice_append_many.go:8:13: ... argument does not escape
./slice_append_many.go:8:13: s escapes to heap
./slice_append_many.go:8:20: len(s) escapes to heap
./slice_append_many.go:10:13: ... argument does not escape
./slice_append_many.go:10:13: s escapes to heap
./slice_append_many.go:10:20: len(s) escapes to heap
./slice_append_many.go:13:13: ... argument does not escape
./slice_append_many.go:13:24: len(same) == len(s) escapes to heap
./slice_append_many.go:13:24: same escapes to heap
./slice_append_many.go:17:13: ... argument does not escape
./slice_append_many.go:17:16: n == nil escapes to heap
./slice_append_many.go:17:27: len(n) escapes to heap
./slice_append_many.go:20:12: ... argument does not escape
./slice_append_many.go:20:13: n escapes to heap
./slice_append_many.go:28:13: ... argument does not escape
./slice_append_many.go:28:13: kvs escapes to heap
./slice_append_many.go:31:12: []int{...} escapes to heap
./slice_append_many.go:33:13: ... argument does not escape
./slice_append_many.go:33:13: t escapes to heap
