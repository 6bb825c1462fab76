./panic_nil_value.go:13:14: "continues" escapes to heap:
./panic_nil_value.go:13:14:   flow: {storage for ... argument} = &{storage for "continues"}:
./panic_nil_value.go:13:14:     from "continues" (spill) at ./panic_nil_value.go:13:14
./panic_nil_value.go:13:14:     from ... argument (slice-literal-element) at ./panic_nil_value.go:13:13
./panic_nil_value.go:13:14:   flow: {heap} = {storage for ... argument}:
./panic_nil_value.go:13:14:     from ... argument (spill) at ./panic_nil_value.go:13:13
./panic_nil_value.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_value.go:13:13
./panic_nil_value.go:9:36: r == nil escapes to heap:
./panic_nil_value.go:9:36:   flow: {storage for ... argument} = &{storage for r == nil}:
./panic_nil_value.go:9:36:     from r == nil (spill) at ./panic_nil_value.go:9:36
./panic_nil_value.go:9:36:     from ... argument (slice-literal-element) at ./panic_nil_value.go:9:15
./panic_nil_value.go:9:36:   flow: {heap} = {storage for ... argument}:
./panic_nil_value.go:9:36:     from ... argument (spill) at ./panic_nil_value.go:9:15
./panic_nil_value.go:9:36:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_value.go:9:15
./panic_nil_value.go:9:16: "recovered nil:" escapes to heap:
./panic_nil_value.go:9:16:   flow: {storage for ... argument} = &{storage for "recovered nil:"}:
./panic_nil_value.go:9:16:     from "recovered nil:" (spill) at ./panic_nil_value.go:9:16
./panic_nil_value.go:9:16:     from ... argument (slice-literal-element) at ./panic_nil_value.go:9:15
./panic_nil_value.go:9:16:   flow: {heap} = {storage for ... argument}:
./panic_nil_value.go:9:16:     from ... argument (spill) at ./panic_nil_value.go:9:15
./panic_nil_value.go:9:16:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_value.go:9:15
./panic_nil_value.go:6:2: func literal does not escape
./panic_nil_value.go:7:9: func literal does not escape
./panic_nil_value.go:9:15: ... argument does not escape
./panic_nil_value.go:9:16: "recovered nil:" escapes to heap
./panic_nil_value.go:9:36: r == nil escapes to heap
./panic_nil_value.go:13:13: ... argument does not escape
./panic_nil_value.go:13:14: "continues" escapes to heap
