./panic_divzero.go:12:13: ... argument does not escape
./panic_divzero.go:12:14: "10 / 2 =" escapes to heap
./panic_divzero.go:12:32: divide(10, 2) escapes to heap
./panic_divzero.go:14:13: ... argument does not escape
./panic_divzero.go:14:14: "10 / 0 =" escapes to heap
./panic_divzero.go:14:32: divide(10, zero) escapes to heap
./panic_divzero.go:15:13: ... argument does not escape
./panic_divzero.go:15:14: "not reached" escapes to heap
