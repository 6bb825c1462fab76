./atomic_nil.go:11:14: "before" escapes to heap:
./atomic_nil.go:11:14:   flow: {storage for ... argument} = &{storage for "before"}:
./atomic_nil.go:11:14:     from "before" (spill) at ./atomic_nil.go:11:14
./atomic_nil.go:11:14:     from ... argument (slice-literal-element) at ./atomic_nil.go:11:13
./atomic_nil.go:11:14:   flow: {heap} = {storage for ... argument}:
./atomic_nil.go:11:14:     from ... argument (spill) at ./atomic_nil.go:11:13
./atomic_nil.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./atomic_nil.go:11:13
./atomic_nil.go:11:13: ... argument does not escape
./atomic_nil.go:11:14: "before" escapes to heap
