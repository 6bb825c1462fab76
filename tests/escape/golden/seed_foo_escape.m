./seed_foo_escape.go:8:2: moved to heap: x
./seed_foo_escape.go:15:13: ... argument does not escape
./seed_foo_escape.go:15:14: *a escapes to heap
./seed_foo_escape.go:15:18: *b escapes to heap
./seed_foo_escape.go:15:24: a == b escapes to heap
./seed_foo_escape.go:17:13: ... argument does not escape
./seed_foo_escape.go:17:14: *a escapes to heap
./seed_foo_escape.go:17:18: *b escapes to heap
./seed_foo_escape.go:18:16: []*int{...} does not escape
./seed_foo_escape.go:24:13: ... argument does not escape
./seed_foo_escape.go:24:13: sum escapes to heap
