./prog_collatz.go:39:13: best escapes to heap:
./prog_collatz.go:39:13:   flow: {storage for ... argument} = &{storage for best}:
./prog_collatz.go:39:13:     from best (spill) at ./prog_collatz.go:39:13
./prog_collatz.go:39:13:     from ... argument (slice-literal-element) at ./prog_collatz.go:39:12
./prog_collatz.go:39:13:   flow: {heap} = {storage for ... argument}:
./prog_collatz.go:39:13:     from ... argument (spill) at ./prog_collatz.go:39:12
./prog_collatz.go:39:13:     from fmt.Printf("longest chain below 100000: %d (%d steps)\n", ... argument...) (call parameter) at ./prog_collatz.go:39:12
./prog_collatz.go:39:13: bestN escapes to heap:
./prog_collatz.go:39:13:   flow: {storage for ... argument} = &{storage for bestN}:
./prog_collatz.go:39:13:     from bestN (spill) at ./prog_collatz.go:39:13
./prog_collatz.go:39:13:     from ... argument (slice-literal-element) at ./prog_collatz.go:39:12
./prog_collatz.go:39:13:   flow: {heap} = {storage for ... argument}:
./prog_collatz.go:39:13:     from ... argument (spill) at ./prog_collatz.go:39:12
./prog_collatz.go:39:13:     from fmt.Printf("longest chain below 100000: %d (%d steps)\n", ... argument...) (call parameter) at ./prog_collatz.go:39:12
./prog_collatz.go:31:29: line[:40] escapes to heap:
./prog_collatz.go:31:29:   flow: {storage for ... argument} = &{storage for line[:40]}:
./prog_collatz.go:31:29:     from line[:40] (spill) at ./prog_collatz.go:31:29
./prog_collatz.go:31:29:     from ... argument (slice-literal-element) at ./prog_collatz.go:31:13
./prog_collatz.go:31:29:   flow: {heap} = {storage for ... argument}:
./prog_collatz.go:31:29:     from ... argument (spill) at ./prog_collatz.go:31:13
./prog_collatz.go:31:29:     from fmt.Println(... argument...) (call parameter) at ./prog_collatz.go:31:13
./prog_collatz.go:31:17: len(line) escapes to heap:
./prog_collatz.go:31:17:   flow: {storage for ... argument} = &{storage for len(line)}:
./prog_collatz.go:31:17:     from len(line) (spill) at ./prog_collatz.go:31:17
./prog_collatz.go:31:17:     from ... argument (slice-literal-element) at ./prog_collatz.go:31:13
./prog_collatz.go:31:17:   flow: {heap} = {storage for ... argument}:
./prog_collatz.go:31:17:     from ... argument (spill) at ./prog_collatz.go:31:13
./prog_collatz.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./prog_collatz.go:31:13
./prog_collatz.go:24:25: " " escapes to heap:
./prog_collatz.go:24:25:   flow: {storage for ... argument} = &{storage for " "}:
./prog_collatz.go:24:25:     from " " (spill) at ./prog_collatz.go:24:25
./prog_collatz.go:24:25:     from ... argument (slice-literal-element) at ./prog_collatz.go:24:21
./prog_collatz.go:24:25:   flow: {heap} = {storage for ... argument}:
./prog_collatz.go:24:25:     from ... argument (spill) at ./prog_collatz.go:24:21
./prog_collatz.go:24:25:     from fmt.Sprint(... argument...) (call parameter) at ./prog_collatz.go:24:21
./prog_collatz.go:24:21: n escapes to heap:
./prog_collatz.go:24:21:   flow: {storage for ... argument} = &{storage for n}:
./prog_collatz.go:24:21:     from n (spill) at ./prog_collatz.go:24:21
./prog_collatz.go:24:21:     from ... argument (slice-literal-element) at ./prog_collatz.go:24:21
./prog_collatz.go:24:21:   flow: {heap} = {storage for ... argument}:
./prog_collatz.go:24:21:     from ... argument (spill) at ./prog_collatz.go:24:21
./prog_collatz.go:24:21:     from fmt.Sprint(... argument...) (call parameter) at ./prog_collatz.go:24:21
./prog_collatz.go:24:21: ... argument does not escape
./prog_collatz.go:24:21: n escapes to heap
./prog_collatz.go:24:25: " " escapes to heap
./prog_collatz.go:31:13: ... argument does not escape
./prog_collatz.go:31:17: len(line) escapes to heap
./prog_collatz.go:31:29: line[:40] escapes to heap
./prog_collatz.go:39:12: ... argument does not escape
./prog_collatz.go:39:13: bestN escapes to heap
./prog_collatz.go:39:13: best escapes to heap
