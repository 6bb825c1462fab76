./deadcode.go:14:14: ... argument does not escape
./deadcode.go:14:15: "nodebug" escapes to heap
./deadcode.go:14:15: n escapes to heap
./deadcode.go:20:14: ... argument does not escape
./deadcode.go:20:15: "n>1" escapes to heap
./deadcode.go:26:14: ... argument does not escape
./deadcode.go:26:15: "yes" escapes to heap
./deadcode.go:32:14: ... argument does not escape
./deadcode.go:32:15: "3" escapes to heap
./deadcode.go:36:14: ... argument does not escape
./deadcode.go:36:15: "falls" escapes to heap
./deadcode.go:39:14: ... argument does not escape
./deadcode.go:39:15: "kept" escapes to heap
./deadcode.go:39:15: n escapes to heap
./deadcode.go:43:14: ... argument does not escape
./deadcode.go:43:15: "runtime" escapes to heap
./deadcode.go:43:15: n escapes to heap
./deadcode.go:46:14: ... argument does not escape
./deadcode.go:46:15: "loop" escapes to heap
