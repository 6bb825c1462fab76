./panic_msg.go:9:38: "n is too big: " + fmt.Sprint(n) escapes to heap:
./panic_msg.go:9:38:   flow: {heap} = &{storage for "n is too big: " + fmt.Sprint(n)}:
./panic_msg.go:9:38:     from "n is too big: " + fmt.Sprint(n) (spill) at ./panic_msg.go:9:38
./panic_msg.go:9:38:     from panic("n is too big: " + fmt.Sprint(n)) (call parameter) at ./panic_msg.go:9:8
./panic_msg.go:9:26: "n is too big: " + fmt.Sprint(n) escapes to heap:
./panic_msg.go:9:26:   flow: {storage for "n is too big: " + fmt.Sprint(n)} = &{storage for "n is too big: " + fmt.Sprint(n)}:
./panic_msg.go:9:26:     from "n is too big: " + fmt.Sprint(n) (spill) at ./panic_msg.go:9:26
./panic_msg.go:9:26:     from "n is too big: " + fmt.Sprint(n) (interface-converted) at ./panic_msg.go:9:38
./panic_msg.go:11:14: n escapes to heap:
./panic_msg.go:11:14:   flow: {storage for ... argument} = &{storage for n}:
./panic_msg.go:11:14:     from n (spill) at ./panic_msg.go:11:14
./panic_msg.go:11:14:     from ... argument (slice-literal-element) at ./panic_msg.go:11:13
./panic_msg.go:11:14:   flow: {heap} = {storage for ... argument}:
./panic_msg.go:11:14:     from ... argument (spill) at ./panic_msg.go:11:13
./panic_msg.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./panic_msg.go:11:13
./panic_msg.go:11:14: "n ok:" escapes to heap:
./panic_msg.go:11:14:   flow: {storage for ... argument} = &{storage for "n ok:"}:
./panic_msg.go:11:14:     from "n ok:" (spill) at ./panic_msg.go:11:14
./panic_msg.go:11:14:     from ... argument (slice-literal-element) at ./panic_msg.go:11:13
./panic_msg.go:11:14:   flow: {heap} = {storage for ... argument}:
./panic_msg.go:11:14:     from ... argument (spill) at ./panic_msg.go:11:13
./panic_msg.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./panic_msg.go:11:13
./panic_msg.go:9:38: n escapes to heap:
./panic_msg.go:9:38:   flow: {storage for ... argument} = &{storage for n}:
./panic_msg.go:9:38:     from n (spill) at ./panic_msg.go:9:38
./panic_msg.go:9:38:     from ... argument (slice-literal-element) at ./panic_msg.go:9:38
./panic_msg.go:9:38:   flow: {heap} = {storage for ... argument}:
./panic_msg.go:9:38:     from ... argument (spill) at ./panic_msg.go:9:38
./panic_msg.go:9:38:     from fmt.Sprint(... argument...) (call parameter) at ./panic_msg.go:9:38
./panic_msg.go:9:38: "n is too big: " + fmt.Sprint(... argument...) escapes to heap
./panic_msg.go:9:26: "n is too big: " + fmt.Sprint(... argument...) escapes to heap
./panic_msg.go:9:38: ... argument does not escape
./panic_msg.go:9:38: n escapes to heap
./panic_msg.go:11:13: ... argument does not escape
./panic_msg.go:11:14: "n ok:" escapes to heap
./panic_msg.go:11:14: n escapes to heap
