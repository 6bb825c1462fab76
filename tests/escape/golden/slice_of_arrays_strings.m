./slice_of_arrays_strings.go:10:13: ... argument does not escape
./slice_of_arrays_strings.go:10:20: string(s) escapes to heap
./slice_of_arrays_strings.go:10:20: string(s) escapes to heap
./slice_of_arrays_strings.go:10:28: len(s) escapes to heap
./slice_of_arrays_strings.go:10:36: cap(s) escapes to heap
./slice_of_arrays_strings.go:12:13: ... argument does not escape
./slice_of_arrays_strings.go:12:20: string(arr[:]) escapes to heap
./slice_of_arrays_strings.go:12:20: string(arr[:]) escapes to heap
./slice_of_arrays_strings.go:16:13: ... argument does not escape
./slice_of_arrays_strings.go:16:13: sub escapes to heap
./slice_of_arrays_strings.go:16:22: len(sub) escapes to heap
./slice_of_arrays_strings.go:18:14: ([]byte)(str) does not escape
./slice_of_arrays_strings.go:20:13: ... argument does not escape
./slice_of_arrays_strings.go:20:13: str escapes to heap
./slice_of_arrays_strings.go:20:25: string(bs) escapes to heap
./slice_of_arrays_strings.go:20:25: string(bs) escapes to heap
./slice_of_arrays_strings.go:24:13: ... argument does not escape
./slice_of_arrays_strings.go:24:17: len(all) escapes to heap
./slice_of_arrays_strings.go:24:27: cap(all) escapes to heap
./slice_of_arrays_strings.go:24:37: all[5] escapes to heap
./slice_of_arrays_strings.go:31:13: ... argument does not escape
./slice_of_arrays_strings.go:31:13: ints escapes to heap
./slice_of_arrays_strings.go:33:13: ... argument does not escape
./slice_of_arrays_strings.go:33:17: len(window) escapes to heap
