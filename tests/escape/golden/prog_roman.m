./prog_roman.go:69:16: s does not escape
./prog_roman.go:88:15: ... argument does not escape
./prog_roman.go:88:16: "mismatch at" escapes to heap
./prog_roman.go:88:16: n escapes to heap
./prog_roman.go:91:13: ... argument does not escape
./prog_roman.go:91:14: "round trip ok:" escapes to heap
./prog_roman.go:91:14: ok escapes to heap
./prog_roman.go:93:13: ... argument does not escape
./prog_roman.go:93:14: n escapes to heap
./prog_roman.go:93:38: toRoman(n) escapes to heap
