./panic_deep.go:7:18: s does not escape
./panic_deep.go:16:18: down(10000, "xyz") escapes to heap:
./panic_deep.go:16:18:   flow: {storage for ... argument} = &{storage for down(10000, "xyz")}:
./panic_deep.go:16:18:     from down(10000, "xyz") (spill) at ./panic_deep.go:16:18
./panic_deep.go:16:18:     from ... argument (slice-literal-element) at ./panic_deep.go:16:13
./panic_deep.go:16:18:   flow: {heap} = {storage for ... argument}:
./panic_deep.go:16:18:     from ... argument (spill) at ./panic_deep.go:16:13
./panic_deep.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./panic_deep.go:16:13
./panic_deep.go:15:14: "descending" escapes to heap:
./panic_deep.go:15:14:   flow: {storage for ... argument} = &{storage for "descending"}:
./panic_deep.go:15:14:     from "descending" (spill) at ./panic_deep.go:15:14
./panic_deep.go:15:14:     from ... argument (slice-literal-element) at ./panic_deep.go:15:13
./panic_deep.go:15:14:   flow: {heap} = {storage for ... argument}:
./panic_deep.go:15:14:     from ... argument (spill) at ./panic_deep.go:15:13
./panic_deep.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./panic_deep.go:15:13
./panic_deep.go:15:13: ... argument does not escape
./panic_deep.go:15:14: "descending" escapes to heap
./panic_deep.go:16:13: ... argument does not escape
./panic_deep.go:16:18: down(10000, "xyz") escapes to heap
