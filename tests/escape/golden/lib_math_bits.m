./lib_math_bits.go:73:17: []float64{} does not escape
./lib_math_bits.go:78:19: []string{...} does not escape
./lib_math_bits.go:87:14: ... argument does not escape
./lib_math_bits.go:87:20: names[k] escapes to heap
./lib_math_bits.go:87:20: h escapes to heap
