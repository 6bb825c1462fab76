./seed_foo_greet.go:8:13: ... argument does not escape
./seed_foo_greet.go:8:14: "Hello!" escapes to heap
./seed_foo_greet.go:18:13: ... argument does not escape
./seed_foo_greet.go:18:17: foo() escapes to heap
./seed_foo_greet.go:20:13: ... argument does not escape
./seed_foo_greet.go:20:20: foo() + foo() escapes to heap
