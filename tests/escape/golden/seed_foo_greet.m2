./seed_foo_greet.go:8:14: "Hello!" escapes to heap:
./seed_foo_greet.go:8:14:   flow: {storage for ... argument} = &{storage for "Hello!"}:
./seed_foo_greet.go:8:14:     from "Hello!" (spill) at ./seed_foo_greet.go:8:14
./seed_foo_greet.go:8:14:     from ... argument (slice-literal-element) at ./seed_foo_greet.go:8:13
./seed_foo_greet.go:8:14:   flow: {heap} = {storage for ... argument}:
./seed_foo_greet.go:8:14:     from ... argument (spill) at ./seed_foo_greet.go:8:13
./seed_foo_greet.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_greet.go:8:13
./seed_foo_greet.go:8:13: ... argument does not escape
./seed_foo_greet.go:8:14: "Hello!" escapes to heap
./seed_foo_greet.go:20:20: foo() + foo() escapes to heap:
./seed_foo_greet.go:20:20:   flow: {storage for ... argument} = &{storage for foo() + foo()}:
./seed_foo_greet.go:20:20:     from foo() + foo() (spill) at ./seed_foo_greet.go:20:20
./seed_foo_greet.go:20:20:     from ... argument (slice-literal-element) at ./seed_foo_greet.go:20:13
./seed_foo_greet.go:20:20:   flow: {heap} = {storage for ... argument}:
./seed_foo_greet.go:20:20:     from ... argument (spill) at ./seed_foo_greet.go:20:13
./seed_foo_greet.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_greet.go:20:13
./seed_foo_greet.go:18:17: foo() escapes to heap:
./seed_foo_greet.go:18:17:   flow: {storage for ... argument} = &{storage for foo()}:
./seed_foo_greet.go:18:17:     from foo() (spill) at ./seed_foo_greet.go:18:17
./seed_foo_greet.go:18:17:     from ... argument (slice-literal-element) at ./seed_foo_greet.go:18:13
./seed_foo_greet.go:18:17:   flow: {heap} = {storage for ... argument}:
./seed_foo_greet.go:18:17:     from ... argument (spill) at ./seed_foo_greet.go:18:13
./seed_foo_greet.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./seed_foo_greet.go:18:13
./seed_foo_greet.go:18:13: ... argument does not escape
./seed_foo_greet.go:18:17: foo() escapes to heap
./seed_foo_greet.go:20:13: ... argument does not escape
./seed_foo_greet.go:20:20: foo() + foo() escapes to heap
