./atomic_nil.go:11:13: ... argument does not escape
./atomic_nil.go:11:14: "before" escapes to heap
