./seed_greet.go:6:13: ... argument does not escape
./seed_greet.go:6:14: "Hello!" escapes to heap
