./prog_rot13.go:7:12: s does not escape
./prog_rot13.go:16:16: string(r) escapes to heap
./prog_rot13.go:24:13: ... argument does not escape
./prog_rot13.go:24:13: r13 escapes to heap
./prog_rot13.go:25:13: ... argument does not escape
./prog_rot13.go:25:29: shift(r13, 13) == msg escapes to heap
./prog_rot13.go:27:13: ... argument does not escape
./prog_rot13.go:27:14: k escapes to heap
./prog_rot13.go:27:34: shift("xyz ABC", k) escapes to heap
