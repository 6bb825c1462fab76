./lib_math_bits.go:87:20: h escapes to heap:
./lib_math_bits.go:87:20:   flow: {storage for ... argument} = &{storage for h}:
./lib_math_bits.go:87:20:     from h (spill) at ./lib_math_bits.go:87:20
./lib_math_bits.go:87:20:     from ... argument (slice-literal-element) at ./lib_math_bits.go:87:14
./lib_math_bits.go:87:20:   flow: {heap} = {storage for ... argument}:
./lib_math_bits.go:87:20:     from ... argument (spill) at ./lib_math_bits.go:87:14
./lib_math_bits.go:87:20:     from fmt.Println(... argument...) (call parameter) at ./lib_math_bits.go:87:14
./lib_math_bits.go:87:20: names[k] escapes to heap:
./lib_math_bits.go:87:20:   flow: {storage for ... argument} = &{storage for names[k]}:
./lib_math_bits.go:87:20:     from names[k] (spill) at ./lib_math_bits.go:87:20
./lib_math_bits.go:87:20:     from ... argument (slice-literal-element) at ./lib_math_bits.go:87:14
./lib_math_bits.go:87:20:   flow: {heap} = {storage for ... argument}:
./lib_math_bits.go:87:20:     from ... argument (spill) at ./lib_math_bits.go:87:14
./lib_math_bits.go:87:20:     from fmt.Println(... argument...) (call parameter) at ./lib_math_bits.go:87:14
./lib_math_bits.go:73:17: []float64{} does not escape
./lib_math_bits.go:78:19: []string{...} does not escape
./lib_math_bits.go:87:14: ... argument does not escape
./lib_math_bits.go:87:20: names[k] escapes to heap
./lib_math_bits.go:87:20: h escapes to heap
