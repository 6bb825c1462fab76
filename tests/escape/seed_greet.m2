./seed_greet.go:6:14: "Hello!" escapes to heap:
./seed_greet.go:6:14:   flow: {storage for ... argument} = &{storage for "Hello!"}:
./seed_greet.go:6:14:     from "Hello!" (spill) at ./seed_greet.go:6:14
./seed_greet.go:6:14:     from ... argument (slice-literal-element) at ./seed_greet.go:6:13
./seed_greet.go:6:14:   flow: {heap} = {storage for ... argument}:
./seed_greet.go:6:14:     from ... argument (spill) at ./seed_greet.go:6:13
./seed_greet.go:6:14:     from fmt.Println(... argument...) (call parameter) at ./seed_greet.go:6:13
./seed_greet.go:6:13: ... argument does not escape
./seed_greet.go:6:14: "Hello!" escapes to heap
