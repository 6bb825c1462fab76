./prog_rot13.go:16:16: string(r) escapes to heap:
./prog_rot13.go:16:16:   flow: out = &{storage for string(r)}:
./prog_rot13.go:16:16:     from string(r) (spill) at ./prog_rot13.go:16:16
./prog_rot13.go:16:16:     from out += string(r) (assign) at ./prog_rot13.go:16:7
./prog_rot13.go:7:12: s does not escape
./prog_rot13.go:16:16: string(r) escapes to heap
./prog_rot13.go:27:34: shift("xyz ABC", k) escapes to heap:
./prog_rot13.go:27:34:   flow: {storage for ... argument} = &{storage for shift("xyz ABC", k)}:
./prog_rot13.go:27:34:     from shift("xyz ABC", k) (spill) at ./prog_rot13.go:27:34
./prog_rot13.go:27:34:     from ... argument (slice-literal-element) at ./prog_rot13.go:27:13
./prog_rot13.go:27:34:   flow: {heap} = {storage for ... argument}:
./prog_rot13.go:27:34:     from ... argument (spill) at ./prog_rot13.go:27:13
./prog_rot13.go:27:34:     from fmt.Printf("%2d %s\n", ... argument...) (call parameter) at ./prog_rot13.go:27:13
./prog_rot13.go:27:14: k escapes to heap:
./prog_rot13.go:27:14:   flow: {storage for ... argument} = &{storage for k}:
./prog_rot13.go:27:14:     from k (spill) at ./prog_rot13.go:27:14
./prog_rot13.go:27:14:     from ... argument (slice-literal-element) at ./prog_rot13.go:27:13
./prog_rot13.go:27:14:   flow: {heap} = {storage for ... argument}:
./prog_rot13.go:27:14:     from ... argument (spill) at ./prog_rot13.go:27:13
./prog_rot13.go:27:14:     from fmt.Printf("%2d %s\n", ... argument...) (call parameter) at ./prog_rot13.go:27:13
./prog_rot13.go:25:29: shift(r13, 13) == msg escapes to heap:
./prog_rot13.go:25:29:   flow: {storage for ... argument} = &{storage for shift(r13, 13) == msg}:
./prog_rot13.go:25:29:     from shift(r13, 13) == msg (spill) at ./prog_rot13.go:25:29
./prog_rot13.go:25:29:     from ... argument (slice-literal-element) at ./prog_rot13.go:25:13
./prog_rot13.go:25:29:   flow: {heap} = {storage for ... argument}:
./prog_rot13.go:25:29:     from ... argument (spill) at ./prog_rot13.go:25:13
./prog_rot13.go:25:29:     from fmt.Println(... argument...) (call parameter) at ./prog_rot13.go:25:13
./prog_rot13.go:24:13: r13 escapes to heap:
./prog_rot13.go:24:13:   flow: {storage for ... argument} = &{storage for r13}:
./prog_rot13.go:24:13:     from r13 (spill) at ./prog_rot13.go:24:13
./prog_rot13.go:24:13:     from ... argument (slice-literal-element) at ./prog_rot13.go:24:13
./prog_rot13.go:24:13:   flow: {heap} = {storage for ... argument}:
./prog_rot13.go:24:13:     from ... argument (spill) at ./prog_rot13.go:24:13
./prog_rot13.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./prog_rot13.go:24:13
./prog_rot13.go:24:13: ... argument does not escape
./prog_rot13.go:24:13: r13 escapes to heap
./prog_rot13.go:25:13: ... argument does not escape
./prog_rot13.go:25:29: shift(r13, 13) == msg escapes to heap
./prog_rot13.go:27:13: ... argument does not escape
./prog_rot13.go:27:14: k escapes to heap
./prog_rot13.go:27:34: shift("xyz ABC", k) escapes to heap
