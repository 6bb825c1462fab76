./prog_matrix_mult.go:33:23: m does not escape
./prog_matrix_mult.go:57:14: ... argument does not escape
./prog_matrix_mult.go:57:15: " " escapes to heap
./prog_matrix_mult.go:59:14: ... argument does not escape
./prog_matrix_mult.go:59:15: v escapes to heap
./prog_matrix_mult.go:69:13: ... argument does not escape
./prog_matrix_mult.go:69:33: mul(a, identity()) == a escapes to heap
./prog_matrix_mult.go:69:49: mul(a, b) == mul(b, a) escapes to heap
./prog_matrix_mult.go:72:13: ... argument does not escape
./prog_matrix_mult.go:72:13: t escapes to heap
./prog_matrix_mult.go:72:13: a escapes to heap
./prog_matrix_mult.go:75:13: ... argument does not escape
./prog_matrix_mult.go:75:24: mul(a, z) == z escapes to heap
