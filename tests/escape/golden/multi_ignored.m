./main.go:6:13: ... argument does not escape
./main.go:6:14: "main" escapes to heap
./main.go:6:27: which() escapes to heap
./main.go:6:35: arch() escapes to heap
