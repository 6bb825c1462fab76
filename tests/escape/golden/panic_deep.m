./panic_deep.go:7:18: s does not escape
./panic_deep.go:15:13: ... argument does not escape
./panic_deep.go:15:14: "descending" escapes to heap
./panic_deep.go:16:13: ... argument does not escape
./panic_deep.go:16:18: down(10000, "xyz") escapes to heap
