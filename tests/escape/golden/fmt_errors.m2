./fmt_errors.go:28:32: 0 escapes to heap:
./fmt_errors.go:28:32:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_errors.go:28:32:     from 0 (spill) at ./fmt_errors.go:28:32
./fmt_errors.go:28:32:     from ... argument (slice-literal-element) at ./fmt_errors.go:28:12
./fmt_errors.go:28:32:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:28:32:     from ... argument (spill) at ./fmt_errors.go:28:12
./fmt_errors.go:28:32:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_errors.go:28:12
./fmt_errors.go:28:24: "true" escapes to heap:
./fmt_errors.go:28:24:   flow: {storage for ... argument} = &{storage for "true"}:
./fmt_errors.go:28:24:     from "true" (spill) at ./fmt_errors.go:28:24
./fmt_errors.go:28:24:     from ... argument (slice-literal-element) at ./fmt_errors.go:28:12
./fmt_errors.go:28:24:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:28:24:     from ... argument (spill) at ./fmt_errors.go:28:12
./fmt_errors.go:28:24:     from fmt.Printf("%t %t\n", ... argument...) (call parameter) at ./fmt_errors.go:28:12
./fmt_errors.go:27:39: uint16(4) escapes to heap:
./fmt_errors.go:27:39:   flow: {storage for ... argument} = &{storage for uint16(4)}:
./fmt_errors.go:27:39:     from uint16(4) (spill) at ./fmt_errors.go:27:39
./fmt_errors.go:27:39:     from ... argument (slice-literal-element) at ./fmt_errors.go:27:12
./fmt_errors.go:27:39:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:27:39:     from ... argument (spill) at ./fmt_errors.go:27:12
./fmt_errors.go:27:39:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./fmt_errors.go:27:12
./fmt_errors.go:27:28: int8(3) escapes to heap:
./fmt_errors.go:27:28:   flow: {storage for ... argument} = &{storage for int8(3)}:
./fmt_errors.go:27:28:     from int8(3) (spill) at ./fmt_errors.go:27:28
./fmt_errors.go:27:28:     from ... argument (slice-literal-element) at ./fmt_errors.go:27:12
./fmt_errors.go:27:28:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:27:28:     from ... argument (spill) at ./fmt_errors.go:27:12
./fmt_errors.go:27:28:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./fmt_errors.go:27:12
./fmt_errors.go:26:62: fmt.Sprintf("%-", nil...) escapes to heap:
./fmt_errors.go:26:62:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%-", nil...)}:
./fmt_errors.go:26:62:     from fmt.Sprintf("%-", nil...) (spill) at ./fmt_errors.go:26:62
./fmt_errors.go:26:62:     from ... argument (slice-literal-element) at ./fmt_errors.go:26:13
./fmt_errors.go:26:62:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:26:62:     from ... argument (spill) at ./fmt_errors.go:26:13
./fmt_errors.go:26:62:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:26:13
./fmt_errors.go:26:44: fmt.Sprintf("%", nil...) escapes to heap:
./fmt_errors.go:26:44:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%", nil...)}:
./fmt_errors.go:26:44:     from fmt.Sprintf("%", nil...) (spill) at ./fmt_errors.go:26:44
./fmt_errors.go:26:44:     from ... argument (slice-literal-element) at ./fmt_errors.go:26:13
./fmt_errors.go:26:44:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:26:44:     from ... argument (spill) at ./fmt_errors.go:26:13
./fmt_errors.go:26:44:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:26:13
./fmt_errors.go:26:25: fmt.Sprintf("%!", nil...) escapes to heap:
./fmt_errors.go:26:25:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%!", nil...)}:
./fmt_errors.go:26:25:     from fmt.Sprintf("%!", nil...) (spill) at ./fmt_errors.go:26:25
./fmt_errors.go:26:25:     from ... argument (slice-literal-element) at ./fmt_errors.go:26:13
./fmt_errors.go:26:25:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:26:25:     from ... argument (spill) at ./fmt_errors.go:26:13
./fmt_errors.go:26:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:26:13
./fmt_errors.go:25:20: len(s) escapes to heap:
./fmt_errors.go:25:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./fmt_errors.go:25:20:     from len(s) (spill) at ./fmt_errors.go:25:20
./fmt_errors.go:25:20:     from ... argument (slice-literal-element) at ./fmt_errors.go:25:13
./fmt_errors.go:25:20:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:25:20:     from ... argument (spill) at ./fmt_errors.go:25:13
./fmt_errors.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:25:13
./fmt_errors.go:25:13: s escapes to heap:
./fmt_errors.go:25:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_errors.go:25:13:     from s (spill) at ./fmt_errors.go:25:13
./fmt_errors.go:25:13:     from ... argument (slice-literal-element) at ./fmt_errors.go:25:13
./fmt_errors.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:25:13:     from ... argument (spill) at ./fmt_errors.go:25:13
./fmt_errors.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_errors.go:25:13
./fmt_errors.go:24:33: 1 escapes to heap:
./fmt_errors.go:24:33:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_errors.go:24:33:     from 1 (spill) at ./fmt_errors.go:24:33
./fmt_errors.go:24:33:     from ... argument (slice-literal-element) at ./fmt_errors.go:24:18
./fmt_errors.go:24:33:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:24:33:     from ... argument (spill) at ./fmt_errors.go:24:18
./fmt_errors.go:24:33:     from fmt.Sprintf("%d %s", ... argument...) (call parameter) at ./fmt_errors.go:24:18
./fmt_errors.go:24:28: "a" escapes to heap:
./fmt_errors.go:24:28:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_errors.go:24:28:     from "a" (spill) at ./fmt_errors.go:24:28
./fmt_errors.go:24:28:     from ... argument (slice-literal-element) at ./fmt_errors.go:24:18
./fmt_errors.go:24:28:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:24:28:     from ... argument (spill) at ./fmt_errors.go:24:18
./fmt_errors.go:24:28:     from fmt.Sprintf("%d %s", ... argument...) (call parameter) at ./fmt_errors.go:24:18
./fmt_errors.go:23:44: true escapes to heap:
./fmt_errors.go:23:44:   flow: {storage for ... argument} = &{storage for true}:
./fmt_errors.go:23:44:     from true (spill) at ./fmt_errors.go:23:44
./fmt_errors.go:23:44:     from ... argument (slice-literal-element) at ./fmt_errors.go:23:12
./fmt_errors.go:23:44:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:23:44:     from ... argument (spill) at ./fmt_errors.go:23:12
./fmt_errors.go:23:44:     from fmt.Printf("%5.2d|%-8q|%08s\n", ... argument...) (call parameter) at ./fmt_errors.go:23:12
./fmt_errors.go:23:39: 1.5 escapes to heap:
./fmt_errors.go:23:39:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_errors.go:23:39:     from 1.5 (spill) at ./fmt_errors.go:23:39
./fmt_errors.go:23:39:     from ... argument (slice-literal-element) at ./fmt_errors.go:23:12
./fmt_errors.go:23:39:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:23:39:     from ... argument (spill) at ./fmt_errors.go:23:12
./fmt_errors.go:23:39:     from fmt.Printf("%5.2d|%-8q|%08s\n", ... argument...) (call parameter) at ./fmt_errors.go:23:12
./fmt_errors.go:23:34: "s" escapes to heap:
./fmt_errors.go:23:34:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_errors.go:23:34:     from "s" (spill) at ./fmt_errors.go:23:34
./fmt_errors.go:23:34:     from ... argument (slice-literal-element) at ./fmt_errors.go:23:12
./fmt_errors.go:23:34:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:23:34:     from ... argument (spill) at ./fmt_errors.go:23:12
./fmt_errors.go:23:34:     from fmt.Printf("%5.2d|%-8q|%08s\n", ... argument...) (call parameter) at ./fmt_errors.go:23:12
./fmt_errors.go:20:27: 6 escapes to heap:
./fmt_errors.go:20:27:   flow: {storage for ... argument} = &{storage for 6}:
./fmt_errors.go:20:27:     from 6 (spill) at ./fmt_errors.go:20:27
./fmt_errors.go:20:27:     from ... argument (slice-literal-element) at ./fmt_errors.go:20:12
./fmt_errors.go:20:27:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:20:27:     from ... argument (spill) at ./fmt_errors.go:20:12
./fmt_errors.go:20:27:     from fmt.Printf("%z %!\n", ... argument...) (call parameter) at ./fmt_errors.go:20:12
./fmt_errors.go:20:24: 5 escapes to heap:
./fmt_errors.go:20:24:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_errors.go:20:24:     from 5 (spill) at ./fmt_errors.go:20:24
./fmt_errors.go:20:24:     from ... argument (slice-literal-element) at ./fmt_errors.go:20:12
./fmt_errors.go:20:24:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:20:24:     from ... argument (spill) at ./fmt_errors.go:20:12
./fmt_errors.go:20:24:     from fmt.Printf("%z %!\n", ... argument...) (call parameter) at ./fmt_errors.go:20:12
./fmt_errors.go:19:32: 4.5 escapes to heap:
./fmt_errors.go:19:32:   flow: {storage for ... argument} = &{storage for 4.5}:
./fmt_errors.go:19:32:     from 4.5 (spill) at ./fmt_errors.go:19:32
./fmt_errors.go:19:32:     from ... argument (slice-literal-element) at ./fmt_errors.go:19:12
./fmt_errors.go:19:32:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:19:32:     from ... argument (spill) at ./fmt_errors.go:19:12
./fmt_errors.go:19:32:     from fmt.Printf("x\n", ... argument...) (call parameter) at ./fmt_errors.go:19:12
./fmt_errors.go:19:29: 3 escapes to heap:
./fmt_errors.go:19:29:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_errors.go:19:29:     from 3 (spill) at ./fmt_errors.go:19:29
./fmt_errors.go:19:29:     from ... argument (slice-literal-element) at ./fmt_errors.go:19:12
./fmt_errors.go:19:29:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:19:29:     from ... argument (spill) at ./fmt_errors.go:19:12
./fmt_errors.go:19:29:     from fmt.Printf("x\n", ... argument...) (call parameter) at ./fmt_errors.go:19:12
./fmt_errors.go:19:20: "extra" escapes to heap:
./fmt_errors.go:19:20:   flow: {storage for ... argument} = &{storage for "extra"}:
./fmt_errors.go:19:20:     from "extra" (spill) at ./fmt_errors.go:19:20
./fmt_errors.go:19:20:     from ... argument (slice-literal-element) at ./fmt_errors.go:19:12
./fmt_errors.go:19:20:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:19:20:     from ... argument (spill) at ./fmt_errors.go:19:12
./fmt_errors.go:19:20:     from fmt.Printf("x\n", ... argument...) (call parameter) at ./fmt_errors.go:19:12
./fmt_errors.go:18:24: 2 escapes to heap:
./fmt_errors.go:18:24:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_errors.go:18:24:     from 2 (spill) at ./fmt_errors.go:18:24
./fmt_errors.go:18:24:     from ... argument (slice-literal-element) at ./fmt_errors.go:18:12
./fmt_errors.go:18:24:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:18:24:     from ... argument (spill) at ./fmt_errors.go:18:12
./fmt_errors.go:18:24:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_errors.go:18:12
./fmt_errors.go:18:21: 1 escapes to heap:
./fmt_errors.go:18:21:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_errors.go:18:21:     from 1 (spill) at ./fmt_errors.go:18:21
./fmt_errors.go:18:21:     from ... argument (slice-literal-element) at ./fmt_errors.go:18:12
./fmt_errors.go:18:21:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:18:21:     from ... argument (spill) at ./fmt_errors.go:18:12
./fmt_errors.go:18:21:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_errors.go:18:12
./fmt_errors.go:15:24: 1 escapes to heap:
./fmt_errors.go:15:24:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_errors.go:15:24:     from 1 (spill) at ./fmt_errors.go:15:24
./fmt_errors.go:15:24:     from ... argument (slice-literal-element) at ./fmt_errors.go:15:12
./fmt_errors.go:15:24:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:15:24:     from ... argument (spill) at ./fmt_errors.go:15:12
./fmt_errors.go:15:24:     from fmt.Printf("%d %d\n", ... argument...) (call parameter) at ./fmt_errors.go:15:12
./fmt_errors.go:14:48: "s" escapes to heap:
./fmt_errors.go:14:48:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_errors.go:14:48:     from "s" (spill) at ./fmt_errors.go:14:48
./fmt_errors.go:14:48:     from ... argument (slice-literal-element) at ./fmt_errors.go:14:12
./fmt_errors.go:14:48:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:14:48:     from ... argument (spill) at ./fmt_errors.go:14:12
./fmt_errors.go:14:48:     from fmt.Printf("%x|%X|%o|%b\n", ... argument...) (call parameter) at ./fmt_errors.go:14:12
./fmt_errors.go:14:43: 1.5 escapes to heap:
./fmt_errors.go:14:43:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_errors.go:14:43:     from 1.5 (spill) at ./fmt_errors.go:14:43
./fmt_errors.go:14:43:     from ... argument (slice-literal-element) at ./fmt_errors.go:14:12
./fmt_errors.go:14:43:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:14:43:     from ... argument (spill) at ./fmt_errors.go:14:12
./fmt_errors.go:14:43:     from fmt.Printf("%x|%X|%o|%b\n", ... argument...) (call parameter) at ./fmt_errors.go:14:12
./fmt_errors.go:14:36: false escapes to heap:
./fmt_errors.go:14:36:   flow: {storage for ... argument} = &{storage for false}:
./fmt_errors.go:14:36:     from false (spill) at ./fmt_errors.go:14:36
./fmt_errors.go:14:36:     from ... argument (slice-literal-element) at ./fmt_errors.go:14:12
./fmt_errors.go:14:36:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:14:36:     from ... argument (spill) at ./fmt_errors.go:14:12
./fmt_errors.go:14:36:     from fmt.Printf("%x|%X|%o|%b\n", ... argument...) (call parameter) at ./fmt_errors.go:14:12
./fmt_errors.go:14:30: true escapes to heap:
./fmt_errors.go:14:30:   flow: {storage for ... argument} = &{storage for true}:
./fmt_errors.go:14:30:     from true (spill) at ./fmt_errors.go:14:30
./fmt_errors.go:14:30:     from ... argument (slice-literal-element) at ./fmt_errors.go:14:12
./fmt_errors.go:14:30:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:14:30:     from ... argument (spill) at ./fmt_errors.go:14:12
./fmt_errors.go:14:30:     from fmt.Printf("%x|%X|%o|%b\n", ... argument...) (call parameter) at ./fmt_errors.go:14:12
./fmt_errors.go:13:37: true escapes to heap:
./fmt_errors.go:13:37:   flow: {storage for ... argument} = &{storage for true}:
./fmt_errors.go:13:37:     from true (spill) at ./fmt_errors.go:13:37
./fmt_errors.go:13:37:     from ... argument (slice-literal-element) at ./fmt_errors.go:13:12
./fmt_errors.go:13:37:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:13:37:     from ... argument (spill) at ./fmt_errors.go:13:12
./fmt_errors.go:13:37:     from fmt.Printf("%c|%U|%q\n", ... argument...) (call parameter) at ./fmt_errors.go:13:12
./fmt_errors.go:13:32: "s" escapes to heap:
./fmt_errors.go:13:32:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_errors.go:13:32:     from "s" (spill) at ./fmt_errors.go:13:32
./fmt_errors.go:13:32:     from ... argument (slice-literal-element) at ./fmt_errors.go:13:12
./fmt_errors.go:13:32:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:13:32:     from ... argument (spill) at ./fmt_errors.go:13:12
./fmt_errors.go:13:32:     from fmt.Printf("%c|%U|%q\n", ... argument...) (call parameter) at ./fmt_errors.go:13:12
./fmt_errors.go:13:27: 1.5 escapes to heap:
./fmt_errors.go:13:27:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_errors.go:13:27:     from 1.5 (spill) at ./fmt_errors.go:13:27
./fmt_errors.go:13:27:     from ... argument (slice-literal-element) at ./fmt_errors.go:13:12
./fmt_errors.go:13:27:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:13:27:     from ... argument (spill) at ./fmt_errors.go:13:12
./fmt_errors.go:13:27:     from fmt.Printf("%c|%U|%q\n", ... argument...) (call parameter) at ./fmt_errors.go:13:12
./fmt_errors.go:12:35: true escapes to heap:
./fmt_errors.go:12:35:   flow: {storage for ... argument} = &{storage for true}:
./fmt_errors.go:12:35:     from true (spill) at ./fmt_errors.go:12:35
./fmt_errors.go:12:35:     from ... argument (slice-literal-element) at ./fmt_errors.go:12:12
./fmt_errors.go:12:35:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:12:35:     from ... argument (spill) at ./fmt_errors.go:12:12
./fmt_errors.go:12:35:     from fmt.Printf("%f|%e|%g\n", ... argument...) (call parameter) at ./fmt_errors.go:12:12
./fmt_errors.go:12:30: "s" escapes to heap:
./fmt_errors.go:12:30:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_errors.go:12:30:     from "s" (spill) at ./fmt_errors.go:12:30
./fmt_errors.go:12:30:     from ... argument (slice-literal-element) at ./fmt_errors.go:12:12
./fmt_errors.go:12:30:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:12:30:     from ... argument (spill) at ./fmt_errors.go:12:12
./fmt_errors.go:12:30:     from fmt.Printf("%f|%e|%g\n", ... argument...) (call parameter) at ./fmt_errors.go:12:12
./fmt_errors.go:12:27: 1 escapes to heap:
./fmt_errors.go:12:27:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_errors.go:12:27:     from 1 (spill) at ./fmt_errors.go:12:27
./fmt_errors.go:12:27:     from ... argument (slice-literal-element) at ./fmt_errors.go:12:12
./fmt_errors.go:12:27:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:12:27:     from ... argument (spill) at ./fmt_errors.go:12:12
./fmt_errors.go:12:27:     from fmt.Printf("%f|%e|%g\n", ... argument...) (call parameter) at ./fmt_errors.go:12:12
./fmt_errors.go:11:21: 1 escapes to heap:
./fmt_errors.go:11:21:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_errors.go:11:21:     from 1 (spill) at ./fmt_errors.go:11:21
./fmt_errors.go:11:21:     from ... argument (slice-literal-element) at ./fmt_errors.go:11:12
./fmt_errors.go:11:21:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:11:21:     from ... argument (spill) at ./fmt_errors.go:11:12
./fmt_errors.go:11:21:     from fmt.Printf("%t\n", ... argument...) (call parameter) at ./fmt_errors.go:11:12
./fmt_errors.go:10:21: 42 escapes to heap:
./fmt_errors.go:10:21:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_errors.go:10:21:     from 42 (spill) at ./fmt_errors.go:10:21
./fmt_errors.go:10:21:     from ... argument (slice-literal-element) at ./fmt_errors.go:10:12
./fmt_errors.go:10:21:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:10:21:     from ... argument (spill) at ./fmt_errors.go:10:12
./fmt_errors.go:10:21:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./fmt_errors.go:10:12
./fmt_errors.go:9:21: "x" escapes to heap:
./fmt_errors.go:9:21:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_errors.go:9:21:     from "x" (spill) at ./fmt_errors.go:9:21
./fmt_errors.go:9:21:     from ... argument (slice-literal-element) at ./fmt_errors.go:9:12
./fmt_errors.go:9:21:   flow: {heap} = {storage for ... argument}:
./fmt_errors.go:9:21:     from ... argument (spill) at ./fmt_errors.go:9:12
./fmt_errors.go:9:21:     from fmt.Printf("%d\n", ... argument...) (call parameter) at ./fmt_errors.go:9:12
./fmt_errors.go:9:12: ... argument does not escape
./fmt_errors.go:9:21: "x" escapes to heap
./fmt_errors.go:10:12: ... argument does not escape
./fmt_errors.go:10:21: 42 escapes to heap
./fmt_errors.go:11:12: ... argument does not escape
./fmt_errors.go:11:21: 1 escapes to heap
./fmt_errors.go:12:12: ... argument does not escape
./fmt_errors.go:12:27: 1 escapes to heap
./fmt_errors.go:12:30: "s" escapes to heap
./fmt_errors.go:12:35: true escapes to heap
./fmt_errors.go:13:12: ... argument does not escape
./fmt_errors.go:13:27: 1.5 escapes to heap
./fmt_errors.go:13:32: "s" escapes to heap
./fmt_errors.go:13:37: true escapes to heap
./fmt_errors.go:14:12: ... argument does not escape
./fmt_errors.go:14:30: true escapes to heap
./fmt_errors.go:14:36: false escapes to heap
./fmt_errors.go:14:43: 1.5 escapes to heap
./fmt_errors.go:14:48: "s" escapes to heap
./fmt_errors.go:15:12: ... argument does not escape
./fmt_errors.go:15:24: 1 escapes to heap
./fmt_errors.go:18:12: ... argument does not escape
./fmt_errors.go:18:21: 1 escapes to heap
./fmt_errors.go:18:24: 2 escapes to heap
./fmt_errors.go:19:12: ... argument does not escape
./fmt_errors.go:19:20: "extra" escapes to heap
./fmt_errors.go:19:29: 3 escapes to heap
./fmt_errors.go:19:32: 4.5 escapes to heap
./fmt_errors.go:20:12: ... argument does not escape
./fmt_errors.go:20:24: 5 escapes to heap
./fmt_errors.go:20:27: 6 escapes to heap
./fmt_errors.go:23:12: ... argument does not escape
./fmt_errors.go:23:34: "s" escapes to heap
./fmt_errors.go:23:39: 1.5 escapes to heap
./fmt_errors.go:23:44: true escapes to heap
./fmt_errors.go:24:18: ... argument does not escape
./fmt_errors.go:24:28: "a" escapes to heap
./fmt_errors.go:24:33: 1 escapes to heap
./fmt_errors.go:25:13: ... argument does not escape
./fmt_errors.go:25:13: s escapes to heap
./fmt_errors.go:25:20: len(s) escapes to heap
./fmt_errors.go:26:13: ... argument does not escape
./fmt_errors.go:26:25: fmt.Sprintf("%!", nil...) escapes to heap
./fmt_errors.go:26:44: fmt.Sprintf("%", nil...) escapes to heap
./fmt_errors.go:26:62: fmt.Sprintf("%-", nil...) escapes to heap
./fmt_errors.go:27:12: ... argument does not escape
./fmt_errors.go:27:28: int8(3) escapes to heap
./fmt_errors.go:27:39: uint16(4) escapes to heap
./fmt_errors.go:28:12: ... argument does not escape
./fmt_errors.go:28:24: "true" escapes to heap
./fmt_errors.go:28:32: 0 escapes to heap
