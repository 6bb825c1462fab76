./panic_int.go:8:7: 42 escapes to heap:
./panic_int.go:8:7:   flow: {heap} = &{storage for 42}:
./panic_int.go:8:7:     from 42 (spill) at ./panic_int.go:8:7
./panic_int.go:8:7:     from panic(42) (call parameter) at ./panic_int.go:8:7
./panic_int.go:7:14: "about to panic" escapes to heap:
./panic_int.go:7:14:   flow: {storage for ... argument} = &{storage for "about to panic"}:
./panic_int.go:7:14:     from "about to panic" (spill) at ./panic_int.go:7:14
./panic_int.go:7:14:     from ... argument (slice-literal-element) at ./panic_int.go:7:13
./panic_int.go:7:14:   flow: {heap} = {storage for ... argument}:
./panic_int.go:7:14:     from ... argument (spill) at ./panic_int.go:7:13
./panic_int.go:7:14:     from fmt.Println(... argument...) (call parameter) at ./panic_int.go:7:13
./panic_int.go:7:13: ... argument does not escape
./panic_int.go:7:14: "about to panic" escapes to heap
./panic_int.go:8:7: 42 escapes to heap
