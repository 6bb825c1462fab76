./prog_xorshift.go:18:14: ... argument does not escape
./prog_xorshift.go:18:19: next() escapes to heap
./prog_xorshift.go:33:13: ... argument does not escape
./prog_xorshift.go:33:13: h0 escapes to heap
./prog_xorshift.go:33:13: h1 escapes to heap
./prog_xorshift.go:33:13: h2 escapes to heap
./prog_xorshift.go:33:13: h3 escapes to heap
./prog_xorshift.go:33:38: h0 + h1 + h2 + h3 escapes to heap
./prog_xorshift.go:35:13: ... argument does not escape
./prog_xorshift.go:35:13: x escapes to heap
./prog_xorshift.go:35:18: x >> 60 escapes to heap
./prog_xorshift.go:35:29: uint8(x) escapes to heap
./prog_xorshift.go:35:38: int8(x) escapes to heap
./prog_xorshift.go:37:12: ... argument does not escape
./prog_xorshift.go:37:13: f escapes to heap
