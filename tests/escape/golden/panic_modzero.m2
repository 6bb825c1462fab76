./panic_modzero.go:10:16: a % b escapes to heap:
./panic_modzero.go:10:16:   flow: {storage for ... argument} = &{storage for a % b}:
./panic_modzero.go:10:16:     from a % b (spill) at ./panic_modzero.go:10:16
./panic_modzero.go:10:16:     from ... argument (slice-literal-element) at ./panic_modzero.go:10:13
./panic_modzero.go:10:16:   flow: {heap} = {storage for ... argument}:
./panic_modzero.go:10:16:     from ... argument (spill) at ./panic_modzero.go:10:13
./panic_modzero.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./panic_modzero.go:10:13
./panic_modzero.go:9:14: "start" escapes to heap:
./panic_modzero.go:9:14:   flow: {storage for ... argument} = &{storage for "start"}:
./panic_modzero.go:9:14:     from "start" (spill) at ./panic_modzero.go:9:14
./panic_modzero.go:9:14:     from ... argument (slice-literal-element) at ./panic_modzero.go:9:13
./panic_modzero.go:9:14:   flow: {heap} = {storage for ... argument}:
./panic_modzero.go:9:14:     from ... argument (spill) at ./panic_modzero.go:9:13
./panic_modzero.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./panic_modzero.go:9:13
./panic_modzero.go:9:13: ... argument does not escape
./panic_modzero.go:9:14: "start" escapes to heap
./panic_modzero.go:10:13: ... argument does not escape
./panic_modzero.go:10:16: a % b escapes to heap
