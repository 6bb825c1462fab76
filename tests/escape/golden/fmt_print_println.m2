./fmt_print_println.go:31:74: "" escapes to heap:
./fmt_print_println.go:31:74:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_print_println.go:31:74:     from "" (spill) at ./fmt_print_println.go:31:74
./fmt_print_println.go:31:74:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:74:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:74:     from ... argument (spill) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:74:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:71: 2 escapes to heap:
./fmt_print_println.go:31:71:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_print_println.go:31:71:     from 2 (spill) at ./fmt_print_println.go:31:71
./fmt_print_println.go:31:71:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:71:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:71:     from ... argument (spill) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:71:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:68: 1 escapes to heap:
./fmt_print_println.go:31:68:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:31:68:     from 1 (spill) at ./fmt_print_println.go:31:68
./fmt_print_println.go:31:68:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:68:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:68:     from ... argument (spill) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:68:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:64: "" escapes to heap:
./fmt_print_println.go:31:64:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_print_println.go:31:64:     from "" (spill) at ./fmt_print_println.go:31:64
./fmt_print_println.go:31:64:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:64:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:64:     from ... argument (spill) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:64:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:48: "" escapes to heap:
./fmt_print_println.go:31:48:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_print_println.go:31:48:     from "" (spill) at ./fmt_print_println.go:31:48
./fmt_print_println.go:31:48:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:44
./fmt_print_println.go:31:48:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:48:     from ... argument (spill) at ./fmt_print_println.go:31:44
./fmt_print_println.go:31:48:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:44
./fmt_print_println.go:31:45: 1 escapes to heap:
./fmt_print_println.go:31:45:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:31:45:     from 1 (spill) at ./fmt_print_println.go:31:45
./fmt_print_println.go:31:45:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:44
./fmt_print_println.go:31:45:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:45:     from ... argument (spill) at ./fmt_print_println.go:31:44
./fmt_print_println.go:31:45:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:44
./fmt_print_println.go:31:29: "" escapes to heap:
./fmt_print_println.go:31:29:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_print_println.go:31:29:     from "" (spill) at ./fmt_print_println.go:31:29
./fmt_print_println.go:31:29:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:24
./fmt_print_println.go:31:29:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:29:     from ... argument (spill) at ./fmt_print_println.go:31:24
./fmt_print_println.go:31:29:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:24
./fmt_print_println.go:31:25: "" escapes to heap:
./fmt_print_println.go:31:25:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_print_println.go:31:25:     from "" (spill) at ./fmt_print_println.go:31:25
./fmt_print_println.go:31:25:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:24
./fmt_print_println.go:31:25:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:25:     from ... argument (spill) at ./fmt_print_println.go:31:24
./fmt_print_println.go:31:25:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:31:24
./fmt_print_println.go:31:63: fmt.Sprint(... argument...) escapes to heap:
./fmt_print_println.go:31:63:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_print_println.go:31:63:     from fmt.Sprint(... argument...) (spill) at ./fmt_print_println.go:31:63
./fmt_print_println.go:31:63:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:63:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:63:     from ... argument (spill) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:63:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:44: fmt.Sprint(... argument...) escapes to heap:
./fmt_print_println.go:31:44:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_print_println.go:31:44:     from fmt.Sprint(... argument...) (spill) at ./fmt_print_println.go:31:44
./fmt_print_println.go:31:44:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:44:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:44:     from ... argument (spill) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:44:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:24: fmt.Sprint(... argument...) escapes to heap:
./fmt_print_println.go:31:24:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_print_println.go:31:24:     from fmt.Sprint(... argument...) (spill) at ./fmt_print_println.go:31:24
./fmt_print_println.go:31:24:     from ... argument (slice-literal-element) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:24:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:31:24:     from ... argument (spill) at ./fmt_print_println.go:31:13
./fmt_print_println.go:31:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:31:13
./fmt_print_println.go:30:55: int64(-5) escapes to heap:
./fmt_print_println.go:30:55:   flow: {storage for ... argument} = &{storage for int64(-5)}:
./fmt_print_println.go:30:55:     from int64(-5) (spill) at ./fmt_print_println.go:30:55
./fmt_print_println.go:30:55:     from ... argument (slice-literal-element) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:55:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:30:55:     from ... argument (spill) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:55:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:41: uint16(65535) escapes to heap:
./fmt_print_println.go:30:41:   flow: {storage for ... argument} = &{storage for uint16(65535)}:
./fmt_print_println.go:30:41:     from uint16(65535) (spill) at ./fmt_print_println.go:30:41
./fmt_print_println.go:30:41:     from ... argument (slice-literal-element) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:41:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:30:41:     from ... argument (spill) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:41:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:29: int8(-1) escapes to heap:
./fmt_print_println.go:30:29:   flow: {storage for ... argument} = &{storage for int8(-1)}:
./fmt_print_println.go:30:29:     from int8(-1) (spill) at ./fmt_print_println.go:30:29
./fmt_print_println.go:30:29:     from ... argument (slice-literal-element) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:29:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:30:29:     from ... argument (spill) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:29:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:24: fmt.Sprint(... argument...) escapes to heap:
./fmt_print_println.go:30:24:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_print_println.go:30:24:     from fmt.Sprint(... argument...) (spill) at ./fmt_print_println.go:30:24
./fmt_print_println.go:30:24:     from ... argument (slice-literal-element) at ./fmt_print_println.go:30:13
./fmt_print_println.go:30:24:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:30:24:     from ... argument (spill) at ./fmt_print_println.go:30:13
./fmt_print_println.go:30:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:30:13
./fmt_print_println.go:29:24: s == "\n" escapes to heap:
./fmt_print_println.go:29:24:   flow: {storage for ... argument} = &{storage for s == "\n"}:
./fmt_print_println.go:29:24:     from s == "\n" (spill) at ./fmt_print_println.go:29:24
./fmt_print_println.go:29:24:     from ... argument (slice-literal-element) at ./fmt_print_println.go:29:13
./fmt_print_println.go:29:24:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:29:24:     from ... argument (spill) at ./fmt_print_println.go:29:13
./fmt_print_println.go:29:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:29:13
./fmt_print_println.go:29:17: len(s) escapes to heap:
./fmt_print_println.go:29:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_print_println.go:29:17:     from len(s) (spill) at ./fmt_print_println.go:29:17
./fmt_print_println.go:29:17:     from ... argument (slice-literal-element) at ./fmt_print_println.go:29:13
./fmt_print_println.go:29:17:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:29:17:     from ... argument (spill) at ./fmt_print_println.go:29:13
./fmt_print_println.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:29:13
./fmt_print_println.go:27:24: s == "" escapes to heap:
./fmt_print_println.go:27:24:   flow: {storage for ... argument} = &{storage for s == ""}:
./fmt_print_println.go:27:24:     from s == "" (spill) at ./fmt_print_println.go:27:24
./fmt_print_println.go:27:24:     from ... argument (slice-literal-element) at ./fmt_print_println.go:27:13
./fmt_print_println.go:27:24:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:27:24:     from ... argument (spill) at ./fmt_print_println.go:27:13
./fmt_print_println.go:27:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:27:13
./fmt_print_println.go:27:17: len(s) escapes to heap:
./fmt_print_println.go:27:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_print_println.go:27:17:     from len(s) (spill) at ./fmt_print_println.go:27:17
./fmt_print_println.go:27:17:     from ... argument (slice-literal-element) at ./fmt_print_println.go:27:13
./fmt_print_println.go:27:17:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:27:17:     from ... argument (spill) at ./fmt_print_println.go:27:13
./fmt_print_println.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:27:13
./fmt_print_println.go:25:17: len(s) escapes to heap:
./fmt_print_println.go:25:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_print_println.go:25:17:     from len(s) (spill) at ./fmt_print_println.go:25:17
./fmt_print_println.go:25:17:     from ... argument (slice-literal-element) at ./fmt_print_println.go:25:13
./fmt_print_println.go:25:17:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:25:17:     from ... argument (spill) at ./fmt_print_println.go:25:13
./fmt_print_println.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:25:13
./fmt_print_println.go:24:11: s escapes to heap:
./fmt_print_println.go:24:11:   flow: {storage for ... argument} = &{storage for s}:
./fmt_print_println.go:24:11:     from s (spill) at ./fmt_print_println.go:24:11
./fmt_print_println.go:24:11:     from ... argument (slice-literal-element) at ./fmt_print_println.go:24:11
./fmt_print_println.go:24:11:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:24:11:     from ... argument (spill) at ./fmt_print_println.go:24:11
./fmt_print_println.go:24:11:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:24:11
./fmt_print_println.go:23:30: "y" escapes to heap:
./fmt_print_println.go:23:30:   flow: {storage for ... argument} = &{storage for "y"}:
./fmt_print_println.go:23:30:     from "y" (spill) at ./fmt_print_println.go:23:30
./fmt_print_println.go:23:30:     from ... argument (slice-literal-element) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:30:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:23:30:     from ... argument (spill) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:30:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:27: 2 escapes to heap:
./fmt_print_println.go:23:27:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_print_println.go:23:27:     from 2 (spill) at ./fmt_print_println.go:23:27
./fmt_print_println.go:23:27:     from ... argument (slice-literal-element) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:27:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:23:27:     from ... argument (spill) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:27:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:24: 1 escapes to heap:
./fmt_print_println.go:23:24:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:23:24:     from 1 (spill) at ./fmt_print_println.go:23:24
./fmt_print_println.go:23:24:     from ... argument (slice-literal-element) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:24:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:23:24:     from ... argument (spill) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:24:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:19: "x" escapes to heap:
./fmt_print_println.go:23:19:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_print_println.go:23:19:     from "x" (spill) at ./fmt_print_println.go:23:19
./fmt_print_println.go:23:19:     from ... argument (slice-literal-element) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:19:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:23:19:     from ... argument (spill) at ./fmt_print_println.go:23:18
./fmt_print_println.go:23:19:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_print_println.go:23:18
./fmt_print_println.go:22:20: len(s) escapes to heap:
./fmt_print_println.go:22:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_print_println.go:22:20:     from len(s) (spill) at ./fmt_print_println.go:22:20
./fmt_print_println.go:22:20:     from ... argument (slice-literal-element) at ./fmt_print_println.go:22:13
./fmt_print_println.go:22:20:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:22:20:     from ... argument (spill) at ./fmt_print_println.go:22:13
./fmt_print_println.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:22:13
./fmt_print_println.go:22:13: s escapes to heap:
./fmt_print_println.go:22:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_print_println.go:22:13:     from s (spill) at ./fmt_print_println.go:22:13
./fmt_print_println.go:22:13:     from ... argument (slice-literal-element) at ./fmt_print_println.go:22:13
./fmt_print_println.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:22:13:     from ... argument (spill) at ./fmt_print_println.go:22:13
./fmt_print_println.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:22:13
./fmt_print_println.go:21:39: true escapes to heap:
./fmt_print_println.go:21:39:   flow: {storage for ... argument} = &{storage for true}:
./fmt_print_println.go:21:39:     from true (spill) at ./fmt_print_println.go:21:39
./fmt_print_println.go:21:39:     from ... argument (slice-literal-element) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:39:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:21:39:     from ... argument (spill) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:39:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:34: 3.0 escapes to heap:
./fmt_print_println.go:21:34:   flow: {storage for ... argument} = &{storage for 3.0}:
./fmt_print_println.go:21:34:     from 3.0 (spill) at ./fmt_print_println.go:21:34
./fmt_print_println.go:21:34:     from ... argument (slice-literal-element) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:34:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:21:34:     from ... argument (spill) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:34:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:29: "y" escapes to heap:
./fmt_print_println.go:21:29:   flow: {storage for ... argument} = &{storage for "y"}:
./fmt_print_println.go:21:29:     from "y" (spill) at ./fmt_print_println.go:21:29
./fmt_print_println.go:21:29:     from ... argument (slice-literal-element) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:29:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:21:29:     from ... argument (spill) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:29:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:26: 2 escapes to heap:
./fmt_print_println.go:21:26:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_print_println.go:21:26:     from 2 (spill) at ./fmt_print_println.go:21:26
./fmt_print_println.go:21:26:     from ... argument (slice-literal-element) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:26:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:21:26:     from ... argument (spill) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:26:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:23: 1 escapes to heap:
./fmt_print_println.go:21:23:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:21:23:     from 1 (spill) at ./fmt_print_println.go:21:23
./fmt_print_println.go:21:23:     from ... argument (slice-literal-element) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:23:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:21:23:     from ... argument (spill) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:23:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:18: "x" escapes to heap:
./fmt_print_println.go:21:18:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_print_println.go:21:18:     from "x" (spill) at ./fmt_print_println.go:21:18
./fmt_print_println.go:21:18:     from ... argument (slice-literal-element) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:18:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:21:18:     from ... argument (spill) at ./fmt_print_println.go:21:17
./fmt_print_println.go:21:18:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_print_println.go:21:17
./fmt_print_println.go:19:44: "end" escapes to heap:
./fmt_print_println.go:19:44:   flow: {storage for ... argument} = &{storage for "end"}:
./fmt_print_println.go:19:44:     from "end" (spill) at ./fmt_print_println.go:19:44
./fmt_print_println.go:19:44:     from ... argument (slice-literal-element) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:44:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:19:44:     from ... argument (spill) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:44:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:39: 'r' escapes to heap:
./fmt_print_println.go:19:39:   flow: {storage for ... argument} = &{storage for 'r'}:
./fmt_print_println.go:19:39:     from 'r' (spill) at ./fmt_print_println.go:19:39
./fmt_print_println.go:19:39:     from ... argument (slice-literal-element) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:39:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:19:39:     from ... argument (spill) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:39:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:34: uint8(7) escapes to heap:
./fmt_print_println.go:19:34:   flow: {storage for ... argument} = &{storage for uint8(7)}:
./fmt_print_println.go:19:34:     from uint8(7) (spill) at ./fmt_print_println.go:19:34
./fmt_print_println.go:19:34:     from ... argument (slice-literal-element) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:34:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:19:34:     from ... argument (spill) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:34:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:25: -2 escapes to heap:
./fmt_print_println.go:19:25:   flow: {storage for ... argument} = &{storage for -2}:
./fmt_print_println.go:19:25:     from -2 (spill) at ./fmt_print_println.go:19:25
./fmt_print_println.go:19:25:     from ... argument (slice-literal-element) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:25:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:19:25:     from ... argument (spill) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:20: 3.5 escapes to heap:
./fmt_print_println.go:19:20:   flow: {storage for ... argument} = &{storage for 3.5}:
./fmt_print_println.go:19:20:     from 3.5 (spill) at ./fmt_print_println.go:19:20
./fmt_print_println.go:19:20:     from ... argument (slice-literal-element) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:20:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:19:20:     from ... argument (spill) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:14: true escapes to heap:
./fmt_print_println.go:19:14:   flow: {storage for ... argument} = &{storage for true}:
./fmt_print_println.go:19:14:     from true (spill) at ./fmt_print_println.go:19:14
./fmt_print_println.go:19:14:     from ... argument (slice-literal-element) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:14:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:19:14:     from ... argument (spill) at ./fmt_print_println.go:19:13
./fmt_print_println.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:19:13
./fmt_print_println.go:18:14: "" escapes to heap:
./fmt_print_println.go:18:14:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_print_println.go:18:14:     from "" (spill) at ./fmt_print_println.go:18:14
./fmt_print_println.go:18:14:     from ... argument (slice-literal-element) at ./fmt_print_println.go:18:13
./fmt_print_println.go:18:14:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:18:14:     from ... argument (spill) at ./fmt_print_println.go:18:13
./fmt_print_println.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:18:13
./fmt_print_println.go:16:30: "c" escapes to heap:
./fmt_print_println.go:16:30:   flow: {storage for ... argument} = &{storage for "c"}:
./fmt_print_println.go:16:30:     from "c" (spill) at ./fmt_print_println.go:16:30
./fmt_print_println.go:16:30:     from ... argument (slice-literal-element) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:30:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:16:30:     from ... argument (spill) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:30:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:27: 2 escapes to heap:
./fmt_print_println.go:16:27:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_print_println.go:16:27:     from 2 (spill) at ./fmt_print_println.go:16:27
./fmt_print_println.go:16:27:     from ... argument (slice-literal-element) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:27:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:16:27:     from ... argument (spill) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:24: 1 escapes to heap:
./fmt_print_println.go:16:24:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:16:24:     from 1 (spill) at ./fmt_print_println.go:16:24
./fmt_print_println.go:16:24:     from ... argument (slice-literal-element) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:24:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:16:24:     from ... argument (spill) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:19: "b" escapes to heap:
./fmt_print_println.go:16:19:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_print_println.go:16:19:     from "b" (spill) at ./fmt_print_println.go:16:19
./fmt_print_println.go:16:19:     from ... argument (slice-literal-element) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:19:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:16:19:     from ... argument (spill) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:14: "a" escapes to heap:
./fmt_print_println.go:16:14:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_print_println.go:16:14:     from "a" (spill) at ./fmt_print_println.go:16:14
./fmt_print_println.go:16:14:     from ... argument (slice-literal-element) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:14:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:16:14:     from ... argument (spill) at ./fmt_print_println.go:16:13
./fmt_print_println.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_print_println.go:16:13
./fmt_print_println.go:15:12: "\n" escapes to heap:
./fmt_print_println.go:15:12:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_print_println.go:15:12:     from "\n" (spill) at ./fmt_print_println.go:15:12
./fmt_print_println.go:15:12:     from ... argument (slice-literal-element) at ./fmt_print_println.go:15:11
./fmt_print_println.go:15:12:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:15:12:     from ... argument (spill) at ./fmt_print_println.go:15:11
./fmt_print_println.go:15:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:15:11
./fmt_print_println.go:13:20: "\n" escapes to heap:
./fmt_print_println.go:13:20:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_print_println.go:13:20:     from "\n" (spill) at ./fmt_print_println.go:13:20
./fmt_print_println.go:13:20:     from ... argument (slice-literal-element) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:20:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:13:20:     from ... argument (spill) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:20:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:15: "x" escapes to heap:
./fmt_print_println.go:13:15:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_print_println.go:13:15:     from "x" (spill) at ./fmt_print_println.go:13:15
./fmt_print_println.go:13:15:     from ... argument (slice-literal-element) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:15:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:13:15:     from ... argument (spill) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:15:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:12: 1 escapes to heap:
./fmt_print_println.go:13:12:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:13:12:     from 1 (spill) at ./fmt_print_println.go:13:12
./fmt_print_println.go:13:12:     from ... argument (slice-literal-element) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:12:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:13:12:     from ... argument (spill) at ./fmt_print_println.go:13:11
./fmt_print_println.go:13:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:13:11
./fmt_print_println.go:12:20: "\n" escapes to heap:
./fmt_print_println.go:12:20:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_print_println.go:12:20:     from "\n" (spill) at ./fmt_print_println.go:12:20
./fmt_print_println.go:12:20:     from ... argument (slice-literal-element) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:20:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:12:20:     from ... argument (spill) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:20:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:17: 1 escapes to heap:
./fmt_print_println.go:12:17:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:12:17:     from 1 (spill) at ./fmt_print_println.go:12:17
./fmt_print_println.go:12:17:     from ... argument (slice-literal-element) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:17:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:12:17:     from ... argument (spill) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:17:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:12: "x" escapes to heap:
./fmt_print_println.go:12:12:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_print_println.go:12:12:     from "x" (spill) at ./fmt_print_println.go:12:12
./fmt_print_println.go:12:12:     from ... argument (slice-literal-element) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:12:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:12:12:     from ... argument (spill) at ./fmt_print_println.go:12:11
./fmt_print_println.go:12:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:12:11
./fmt_print_println.go:11:35: "\n" escapes to heap:
./fmt_print_println.go:11:35:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_print_println.go:11:35:     from "\n" (spill) at ./fmt_print_println.go:11:35
./fmt_print_println.go:11:35:     from ... argument (slice-literal-element) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:35:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:11:35:     from ... argument (spill) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:35:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:30: 'x' escapes to heap:
./fmt_print_println.go:11:30:   flow: {storage for ... argument} = &{storage for 'x'}:
./fmt_print_println.go:11:30:     from 'x' (spill) at ./fmt_print_println.go:11:30
./fmt_print_println.go:11:30:     from ... argument (slice-literal-element) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:30:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:11:30:     from ... argument (spill) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:30:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:23: false escapes to heap:
./fmt_print_println.go:11:23:   flow: {storage for ... argument} = &{storage for false}:
./fmt_print_println.go:11:23:     from false (spill) at ./fmt_print_println.go:11:23
./fmt_print_println.go:11:23:     from ... argument (slice-literal-element) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:23:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:11:23:     from ... argument (spill) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:23:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:17: true escapes to heap:
./fmt_print_println.go:11:17:   flow: {storage for ... argument} = &{storage for true}:
./fmt_print_println.go:11:17:     from true (spill) at ./fmt_print_println.go:11:17
./fmt_print_println.go:11:17:     from ... argument (slice-literal-element) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:17:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:11:17:     from ... argument (spill) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:17:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:12: 1.5 escapes to heap:
./fmt_print_println.go:11:12:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_print_println.go:11:12:     from 1.5 (spill) at ./fmt_print_println.go:11:12
./fmt_print_println.go:11:12:     from ... argument (slice-literal-element) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:12:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:11:12:     from ... argument (spill) at ./fmt_print_println.go:11:11
./fmt_print_println.go:11:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:11:11
./fmt_print_println.go:10:21: "\n" escapes to heap:
./fmt_print_println.go:10:21:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_print_println.go:10:21:     from "\n" (spill) at ./fmt_print_println.go:10:21
./fmt_print_println.go:10:21:     from ... argument (slice-literal-element) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:21:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:10:21:     from ... argument (spill) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:21:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:18: 3 escapes to heap:
./fmt_print_println.go:10:18:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_print_println.go:10:18:     from 3 (spill) at ./fmt_print_println.go:10:18
./fmt_print_println.go:10:18:     from ... argument (slice-literal-element) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:18:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:10:18:     from ... argument (spill) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:15: 2 escapes to heap:
./fmt_print_println.go:10:15:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_print_println.go:10:15:     from 2 (spill) at ./fmt_print_println.go:10:15
./fmt_print_println.go:10:15:     from ... argument (slice-literal-element) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:15:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:10:15:     from ... argument (spill) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:15:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:12: 1 escapes to heap:
./fmt_print_println.go:10:12:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:10:12:     from 1 (spill) at ./fmt_print_println.go:10:12
./fmt_print_println.go:10:12:     from ... argument (slice-literal-element) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:12:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:10:12:     from ... argument (spill) at ./fmt_print_println.go:10:11
./fmt_print_println.go:10:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:10:11
./fmt_print_println.go:9:36: "\n" escapes to heap:
./fmt_print_println.go:9:36:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_print_println.go:9:36:     from "\n" (spill) at ./fmt_print_println.go:9:36
./fmt_print_println.go:9:36:     from ... argument (slice-literal-element) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:36:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:9:36:     from ... argument (spill) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:36:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:33: 3 escapes to heap:
./fmt_print_println.go:9:33:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_print_println.go:9:33:     from 3 (spill) at ./fmt_print_println.go:9:33
./fmt_print_println.go:9:33:     from ... argument (slice-literal-element) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:33:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:9:33:     from ... argument (spill) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:33:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:28: "c" escapes to heap:
./fmt_print_println.go:9:28:   flow: {storage for ... argument} = &{storage for "c"}:
./fmt_print_println.go:9:28:     from "c" (spill) at ./fmt_print_println.go:9:28
./fmt_print_println.go:9:28:     from ... argument (slice-literal-element) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:28:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:9:28:     from ... argument (spill) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:28:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:25: 2 escapes to heap:
./fmt_print_println.go:9:25:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_print_println.go:9:25:     from 2 (spill) at ./fmt_print_println.go:9:25
./fmt_print_println.go:9:25:     from ... argument (slice-literal-element) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:25:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:9:25:     from ... argument (spill) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:25:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:22: 1 escapes to heap:
./fmt_print_println.go:9:22:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_print_println.go:9:22:     from 1 (spill) at ./fmt_print_println.go:9:22
./fmt_print_println.go:9:22:     from ... argument (slice-literal-element) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:22:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:9:22:     from ... argument (spill) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:22:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:17: "b" escapes to heap:
./fmt_print_println.go:9:17:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_print_println.go:9:17:     from "b" (spill) at ./fmt_print_println.go:9:17
./fmt_print_println.go:9:17:     from ... argument (slice-literal-element) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:17:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:9:17:     from ... argument (spill) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:17:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:12: "a" escapes to heap:
./fmt_print_println.go:9:12:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_print_println.go:9:12:     from "a" (spill) at ./fmt_print_println.go:9:12
./fmt_print_println.go:9:12:     from ... argument (slice-literal-element) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:12:   flow: {heap} = {storage for ... argument}:
./fmt_print_println.go:9:12:     from ... argument (spill) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_print_println.go:9:11
./fmt_print_println.go:9:11: ... argument does not escape
./fmt_print_println.go:9:12: "a" escapes to heap
./fmt_print_println.go:9:17: "b" escapes to heap
./fmt_print_println.go:9:22: 1 escapes to heap
./fmt_print_println.go:9:25: 2 escapes to heap
./fmt_print_println.go:9:28: "c" escapes to heap
./fmt_print_println.go:9:33: 3 escapes to heap
./fmt_print_println.go:9:36: "\n" escapes to heap
./fmt_print_println.go:10:11: ... argument does not escape
./fmt_print_println.go:10:12: 1 escapes to heap
./fmt_print_println.go:10:15: 2 escapes to heap
./fmt_print_println.go:10:18: 3 escapes to heap
./fmt_print_println.go:10:21: "\n" escapes to heap
./fmt_print_println.go:11:11: ... argument does not escape
./fmt_print_println.go:11:12: 1.5 escapes to heap
./fmt_print_println.go:11:17: true escapes to heap
./fmt_print_println.go:11:23: false escapes to heap
./fmt_print_println.go:11:30: 'x' escapes to heap
./fmt_print_println.go:11:35: "\n" escapes to heap
./fmt_print_println.go:12:11: ... argument does not escape
./fmt_print_println.go:12:12: "x" escapes to heap
./fmt_print_println.go:12:17: 1 escapes to heap
./fmt_print_println.go:12:20: "\n" escapes to heap
./fmt_print_println.go:13:11: ... argument does not escape
./fmt_print_println.go:13:12: 1 escapes to heap
./fmt_print_println.go:13:15: "x" escapes to heap
./fmt_print_println.go:13:20: "\n" escapes to heap
./fmt_print_println.go:15:11: ... argument does not escape
./fmt_print_println.go:15:12: "\n" escapes to heap
./fmt_print_println.go:16:13: ... argument does not escape
./fmt_print_println.go:16:14: "a" escapes to heap
./fmt_print_println.go:16:19: "b" escapes to heap
./fmt_print_println.go:16:24: 1 escapes to heap
./fmt_print_println.go:16:27: 2 escapes to heap
./fmt_print_println.go:16:30: "c" escapes to heap
./fmt_print_println.go:18:13: ... argument does not escape
./fmt_print_println.go:18:14: "" escapes to heap
./fmt_print_println.go:19:13: ... argument does not escape
./fmt_print_println.go:19:14: true escapes to heap
./fmt_print_println.go:19:20: 3.5 escapes to heap
./fmt_print_println.go:19:25: -2 escapes to heap
./fmt_print_println.go:19:34: uint8(7) escapes to heap
./fmt_print_println.go:19:39: 'r' escapes to heap
./fmt_print_println.go:19:44: "end" escapes to heap
./fmt_print_println.go:21:17: ... argument does not escape
./fmt_print_println.go:21:18: "x" escapes to heap
./fmt_print_println.go:21:23: 1 escapes to heap
./fmt_print_println.go:21:26: 2 escapes to heap
./fmt_print_println.go:21:29: "y" escapes to heap
./fmt_print_println.go:21:34: 3.0 escapes to heap
./fmt_print_println.go:21:39: true escapes to heap
./fmt_print_println.go:22:13: ... argument does not escape
./fmt_print_println.go:22:13: s escapes to heap
./fmt_print_println.go:22:20: len(s) escapes to heap
./fmt_print_println.go:23:18: ... argument does not escape
./fmt_print_println.go:23:19: "x" escapes to heap
./fmt_print_println.go:23:24: 1 escapes to heap
./fmt_print_println.go:23:27: 2 escapes to heap
./fmt_print_println.go:23:30: "y" escapes to heap
./fmt_print_println.go:24:11: ... argument does not escape
./fmt_print_println.go:24:11: s escapes to heap
./fmt_print_println.go:25:13: ... argument does not escape
./fmt_print_println.go:25:17: len(s) escapes to heap
./fmt_print_println.go:27:13: ... argument does not escape
./fmt_print_println.go:27:17: len(s) escapes to heap
./fmt_print_println.go:27:24: s == "" escapes to heap
./fmt_print_println.go:29:13: ... argument does not escape
./fmt_print_println.go:29:17: len(s) escapes to heap
./fmt_print_println.go:29:24: s == "\n" escapes to heap
./fmt_print_println.go:30:13: ... argument does not escape
./fmt_print_println.go:30:24: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:30:24: ... argument does not escape
./fmt_print_println.go:30:29: int8(-1) escapes to heap
./fmt_print_println.go:30:41: uint16(65535) escapes to heap
./fmt_print_println.go:30:55: int64(-5) escapes to heap
./fmt_print_println.go:31:13: ... argument does not escape
./fmt_print_println.go:31:24: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:31:24: ... argument does not escape
./fmt_print_println.go:31:25: "" escapes to heap
./fmt_print_println.go:31:29: "" escapes to heap
./fmt_print_println.go:31:44: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:31:44: ... argument does not escape
./fmt_print_println.go:31:45: 1 escapes to heap
./fmt_print_println.go:31:48: "" escapes to heap
./fmt_print_println.go:31:63: fmt.Sprint(... argument...) escapes to heap
./fmt_print_println.go:31:63: ... argument does not escape
./fmt_print_println.go:31:64: "" escapes to heap
./fmt_print_println.go:31:68: 1 escapes to heap
./fmt_print_println.go:31:71: 2 escapes to heap
./fmt_print_println.go:31:74: "" escapes to heap
