./sprintf.go:8:20: ... argument does not escape
./sprintf.go:8:33: p.X escapes to heap
./sprintf.go:8:38: p.Y escapes to heap
./sprintf.go:13:13: ... argument does not escape
./sprintf.go:13:13: s escapes to heap
./sprintf.go:13:20: len(s) escapes to heap
./sprintf.go:14:12: ... argument does not escape
./sprintf.go:14:22: P{...} escapes to heap
