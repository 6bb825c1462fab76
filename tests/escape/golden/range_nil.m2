./range_nil.go:39:14: "done" escapes to heap:
./range_nil.go:39:14:   flow: {storage for ... argument} = &{storage for "done"}:
./range_nil.go:39:14:     from "done" (spill) at ./range_nil.go:39:14
./range_nil.go:39:14:     from ... argument (slice-literal-element) at ./range_nil.go:39:13
./range_nil.go:39:14:   flow: {heap} = {storage for ... argument}:
./range_nil.go:39:14:     from ... argument (spill) at ./range_nil.go:39:13
./range_nil.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./range_nil.go:39:13
./range_nil.go:37:14: inner escapes to heap:
./range_nil.go:37:14:   flow: {storage for ... argument} = &{storage for inner}:
./range_nil.go:37:14:     from inner (spill) at ./range_nil.go:37:14
./range_nil.go:37:14:     from ... argument (slice-literal-element) at ./range_nil.go:37:14
./range_nil.go:37:14:   flow: {heap} = {storage for ... argument}:
./range_nil.go:37:14:     from ... argument (spill) at ./range_nil.go:37:14
./range_nil.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./range_nil.go:37:14
./range_nil.go:33:13: n escapes to heap:
./range_nil.go:33:13:   flow: {storage for ... argument} = &{storage for n}:
./range_nil.go:33:13:     from n (spill) at ./range_nil.go:33:13
./range_nil.go:33:13:     from ... argument (slice-literal-element) at ./range_nil.go:33:13
./range_nil.go:33:13:   flow: {heap} = {storage for ... argument}:
./range_nil.go:33:13:     from ... argument (spill) at ./range_nil.go:33:13
./range_nil.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./range_nil.go:33:13
./range_nil.go:27:13: n escapes to heap:
./range_nil.go:27:13:   flow: {storage for ... argument} = &{storage for n}:
./range_nil.go:27:13:     from n (spill) at ./range_nil.go:27:13
./range_nil.go:27:13:     from ... argument (slice-literal-element) at ./range_nil.go:27:13
./range_nil.go:27:13:   flow: {heap} = {storage for ... argument}:
./range_nil.go:27:13:     from ... argument (spill) at ./range_nil.go:27:13
./range_nil.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./range_nil.go:27:13
./range_nil.go:27:13: ... argument does not escape
./range_nil.go:27:13: n escapes to heap
./range_nil.go:33:13: ... argument does not escape
./range_nil.go:33:13: n escapes to heap
./range_nil.go:37:14: ... argument does not escape
./range_nil.go:37:14: inner escapes to heap
./range_nil.go:39:13: ... argument does not escape
./range_nil.go:39:14: "done" escapes to heap
