./panic_divzero_int8.go:11:14: ... argument does not escape
./panic_divzero_int8.go:11:14: x escapes to heap
