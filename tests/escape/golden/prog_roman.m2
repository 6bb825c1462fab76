./prog_roman.go:69:16: s does not escape
./prog_roman.go:93:38: toRoman(n) escapes to heap:
./prog_roman.go:93:38:   flow: {storage for ... argument} = &{storage for toRoman(n)}:
./prog_roman.go:93:38:     from toRoman(n) (spill) at ./prog_roman.go:93:38
./prog_roman.go:93:38:     from ... argument (slice-literal-element) at ./prog_roman.go:93:13
./prog_roman.go:93:38:   flow: {heap} = {storage for ... argument}:
./prog_roman.go:93:38:     from ... argument (spill) at ./prog_roman.go:93:13
./prog_roman.go:93:38:     from fmt.Printf("%4d = %s\n", ... argument...) (call parameter) at ./prog_roman.go:93:13
./prog_roman.go:93:14: n escapes to heap:
./prog_roman.go:93:14:   flow: {storage for ... argument} = &{storage for n}:
./prog_roman.go:93:14:     from n (spill) at ./prog_roman.go:93:14
./prog_roman.go:93:14:     from ... argument (slice-literal-element) at ./prog_roman.go:93:13
./prog_roman.go:93:14:   flow: {heap} = {storage for ... argument}:
./prog_roman.go:93:14:     from ... argument (spill) at ./prog_roman.go:93:13
./prog_roman.go:93:14:     from fmt.Printf("%4d = %s\n", ... argument...) (call parameter) at ./prog_roman.go:93:13
./prog_roman.go:91:14: ok escapes to heap:
./prog_roman.go:91:14:   flow: {storage for ... argument} = &{storage for ok}:
./prog_roman.go:91:14:     from ok (spill) at ./prog_roman.go:91:14
./prog_roman.go:91:14:     from ... argument (slice-literal-element) at ./prog_roman.go:91:13
./prog_roman.go:91:14:   flow: {heap} = {storage for ... argument}:
./prog_roman.go:91:14:     from ... argument (spill) at ./prog_roman.go:91:13
./prog_roman.go:91:14:     from fmt.Println(... argument...) (call parameter) at ./prog_roman.go:91:13
./prog_roman.go:91:14: "round trip ok:" escapes to heap:
./prog_roman.go:91:14:   flow: {storage for ... argument} = &{storage for "round trip ok:"}:
./prog_roman.go:91:14:     from "round trip ok:" (spill) at ./prog_roman.go:91:14
./prog_roman.go:91:14:     from ... argument (slice-literal-element) at ./prog_roman.go:91:13
./prog_roman.go:91:14:   flow: {heap} = {storage for ... argument}:
./prog_roman.go:91:14:     from ... argument (spill) at ./prog_roman.go:91:13
./prog_roman.go:91:14:     from fmt.Println(... argument...) (call parameter) at ./prog_roman.go:91:13
./prog_roman.go:88:16: n escapes to heap:
./prog_roman.go:88:16:   flow: {storage for ... argument} = &{storage for n}:
./prog_roman.go:88:16:     from n (spill) at ./prog_roman.go:88:16
./prog_roman.go:88:16:     from ... argument (slice-literal-element) at ./prog_roman.go:88:15
./prog_roman.go:88:16:   flow: {heap} = {storage for ... argument}:
./prog_roman.go:88:16:     from ... argument (spill) at ./prog_roman.go:88:15
./prog_roman.go:88:16:     from fmt.Println(... argument...) (call parameter) at ./prog_roman.go:88:15
./prog_roman.go:88:16: "mismatch at" escapes to heap:
./prog_roman.go:88:16:   flow: {storage for ... argument} = &{storage for "mismatch at"}:
./prog_roman.go:88:16:     from "mismatch at" (spill) at ./prog_roman.go:88:16
./prog_roman.go:88:16:     from ... argument (slice-literal-element) at ./prog_roman.go:88:15
./prog_roman.go:88:16:   flow: {heap} = {storage for ... argument}:
./prog_roman.go:88:16:     from ... argument (spill) at ./prog_roman.go:88:15
./prog_roman.go:88:16:     from fmt.Println(... argument...) (call parameter) at ./prog_roman.go:88:15
./prog_roman.go:88:15: ... argument does not escape
./prog_roman.go:88:16: "mismatch at" escapes to heap
./prog_roman.go:88:16: n escapes to heap
./prog_roman.go:91:13: ... argument does not escape
./prog_roman.go:91:14: "round trip ok:" escapes to heap
./prog_roman.go:91:14: ok escapes to heap
./prog_roman.go:93:13: ... argument does not escape
./prog_roman.go:93:14: n escapes to heap
./prog_roman.go:93:38: toRoman(n) escapes to heap
