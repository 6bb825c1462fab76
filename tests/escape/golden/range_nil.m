./range_nil.go:27:13: ... argument does not escape
./range_nil.go:27:13: n escapes to heap
./range_nil.go:33:13: ... argument does not escape
./range_nil.go:33:13: n escapes to heap
./range_nil.go:37:14: ... argument does not escape
./range_nil.go:37:14: inner escapes to heap
./range_nil.go:39:13: ... argument does not escape
./range_nil.go:39:14: "done" escapes to heap
