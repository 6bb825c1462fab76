./io_line_reverse.go:12:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./io_line_reverse.go:12:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./io_line_reverse.go:14:15: string(r) escapes to heap:
./io_line_reverse.go:14:15:   flow: ~r0 = &{storage for string(r)}:
./io_line_reverse.go:14:15:     from string(r) (spill) at ./io_line_reverse.go:14:15
./io_line_reverse.go:14:15:     from return string(r) (return) at ./io_line_reverse.go:14:2
./io_line_reverse.go:9:14: s does not escape
./io_line_reverse.go:10:13: ([]rune)(s) does not escape
./io_line_reverse.go:14:15: string(r) escapes to heap
./io_line_reverse.go:26:26: "lines" escapes to heap:
./io_line_reverse.go:26:26:   flow: {storage for ... argument} = &{storage for "lines"}:
./io_line_reverse.go:26:26:     from "lines" (spill) at ./io_line_reverse.go:26:26
./io_line_reverse.go:26:26:     from ... argument (slice-literal-element) at ./io_line_reverse.go:26:13
./io_line_reverse.go:26:26:   flow: {heap} = {storage for ... argument}:
./io_line_reverse.go:26:26:     from ... argument (spill) at ./io_line_reverse.go:26:13
./io_line_reverse.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./io_line_reverse.go:26:13
./io_line_reverse.go:26:17: len(lines) escapes to heap:
./io_line_reverse.go:26:17:   flow: {storage for ... argument} = &{storage for len(lines)}:
./io_line_reverse.go:26:17:     from len(lines) (spill) at ./io_line_reverse.go:26:17
./io_line_reverse.go:26:17:     from ... argument (slice-literal-element) at ./io_line_reverse.go:26:13
./io_line_reverse.go:26:17:   flow: {heap} = {storage for ... argument}:
./io_line_reverse.go:26:17:     from ... argument (spill) at ./io_line_reverse.go:26:13
./io_line_reverse.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./io_line_reverse.go:26:13
./io_line_reverse.go:24:22: reverse(lines[i]) escapes to heap:
./io_line_reverse.go:24:22:   flow: {storage for ... argument} = &{storage for reverse(lines[i])}:
./io_line_reverse.go:24:22:     from reverse(lines[i]) (spill) at ./io_line_reverse.go:24:22
./io_line_reverse.go:24:22:     from ... argument (slice-literal-element) at ./io_line_reverse.go:24:14
./io_line_reverse.go:24:22:   flow: {heap} = {storage for ... argument}:
./io_line_reverse.go:24:22:     from ... argument (spill) at ./io_line_reverse.go:24:14
./io_line_reverse.go:24:22:     from fmt.Println(... argument...) (call parameter) at ./io_line_reverse.go:24:14
./io_line_reverse.go:24:14: ... argument does not escape
./io_line_reverse.go:24:22: reverse(lines[i]) escapes to heap
./io_line_reverse.go:26:13: ... argument does not escape
./io_line_reverse.go:26:17: len(lines) escapes to heap
./io_line_reverse.go:26:26: "lines" escapes to heap
