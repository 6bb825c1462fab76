./panic_int.go:7:13: ... argument does not escape
./panic_int.go:7:14: "about to panic" escapes to heap
./panic_int.go:8:7: 42 escapes to heap
