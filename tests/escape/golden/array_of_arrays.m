./array_of_arrays.go:13:13: ... argument does not escape
./array_of_arrays.go:13:13: m escapes to heap
./array_of_arrays.go:14:13: ... argument does not escape
./array_of_arrays.go:14:17: len(m) escapes to heap
./array_of_arrays.go:14:25: len(m[0]) escapes to heap
./array_of_arrays.go:18:13: ... argument does not escape
./array_of_arrays.go:18:15: m[1] escapes to heap
./array_of_arrays.go:18:15: r escapes to heap
./array_of_arrays.go:21:13: ... argument does not escape
./array_of_arrays.go:21:15: m[2] escapes to heap
./array_of_arrays.go:24:13: ... argument does not escape
./array_of_arrays.go:24:13: cube escapes to heap
./array_of_arrays.go:25:13: ... argument does not escape
./array_of_arrays.go:25:24: cube[1][0][1] escapes to heap
./array_of_arrays.go:25:32: len(cube[1][1]) escapes to heap
./array_of_arrays.go:33:13: ... argument does not escape
./array_of_arrays.go:33:14: "sum" escapes to heap
./array_of_arrays.go:33:14: sum escapes to heap
./array_of_arrays.go:38:13: ... argument does not escape
./array_of_arrays.go:38:15: m[0] escapes to heap
./array_of_arrays.go:42:13: ... argument does not escape
./array_of_arrays.go:42:13: t escapes to heap
