./syntax_goto.go:36:15: "inner block" escapes to heap:
./syntax_goto.go:36:15:   flow: {storage for ... argument} = &{storage for "inner block"}:
./syntax_goto.go:36:15:     from "inner block" (spill) at ./syntax_goto.go:36:15
./syntax_goto.go:36:15:     from ... argument (slice-literal-element) at ./syntax_goto.go:36:14
./syntax_goto.go:36:15:   flow: {heap} = {storage for ... argument}:
./syntax_goto.go:36:15:     from ... argument (spill) at ./syntax_goto.go:36:14
./syntax_goto.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_goto.go:36:14
./syntax_goto.go:29:15: i escapes to heap:
./syntax_goto.go:29:15:   flow: {storage for ... argument} = &{storage for i}:
./syntax_goto.go:29:15:     from i (spill) at ./syntax_goto.go:29:15
./syntax_goto.go:29:15:     from ... argument (slice-literal-element) at ./syntax_goto.go:29:14
./syntax_goto.go:29:15:   flow: {heap} = {storage for ... argument}:
./syntax_goto.go:29:15:     from ... argument (spill) at ./syntax_goto.go:29:14
./syntax_goto.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_goto.go:29:14
./syntax_goto.go:29:15: "again" escapes to heap:
./syntax_goto.go:29:15:   flow: {storage for ... argument} = &{storage for "again"}:
./syntax_goto.go:29:15:     from "again" (spill) at ./syntax_goto.go:29:15
./syntax_goto.go:29:15:     from ... argument (slice-literal-element) at ./syntax_goto.go:29:14
./syntax_goto.go:29:15:   flow: {heap} = {storage for ... argument}:
./syntax_goto.go:29:15:     from ... argument (spill) at ./syntax_goto.go:29:14
./syntax_goto.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./syntax_goto.go:29:14
./syntax_goto.go:23:25: " " escapes to heap:
./syntax_goto.go:23:25:   flow: {storage for ... argument} = &{storage for " "}:
./syntax_goto.go:23:25:     from " " (spill) at ./syntax_goto.go:23:25
./syntax_goto.go:23:25:     from ... argument (slice-literal-element) at ./syntax_goto.go:23:12
./syntax_goto.go:23:25:   flow: {heap} = {storage for ... argument}:
./syntax_goto.go:23:25:     from ... argument (spill) at ./syntax_goto.go:23:12
./syntax_goto.go:23:25:     from fmt.Print(... argument...) (call parameter) at ./syntax_goto.go:23:12
./syntax_goto.go:23:20: collatz(i) escapes to heap:
./syntax_goto.go:23:20:   flow: {storage for ... argument} = &{storage for collatz(i)}:
./syntax_goto.go:23:20:     from collatz(i) (spill) at ./syntax_goto.go:23:20
./syntax_goto.go:23:20:     from ... argument (slice-literal-element) at ./syntax_goto.go:23:12
./syntax_goto.go:23:20:   flow: {heap} = {storage for ... argument}:
./syntax_goto.go:23:20:     from ... argument (spill) at ./syntax_goto.go:23:12
./syntax_goto.go:23:20:     from fmt.Print(... argument...) (call parameter) at ./syntax_goto.go:23:12
./syntax_goto.go:23:12: ... argument does not escape
./syntax_goto.go:23:20: collatz(i) escapes to heap
./syntax_goto.go:23:25: " " escapes to heap
./syntax_goto.go:29:14: ... argument does not escape
./syntax_goto.go:29:15: "again" escapes to heap
./syntax_goto.go:29:15: i escapes to heap
./syntax_goto.go:36:14: ... argument does not escape
./syntax_goto.go:36:15: "inner block" escapes to heap
