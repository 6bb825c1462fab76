./strings_basic.go:56:22: len(raw) escapes to heap:
./strings_basic.go:56:22:   flow: {storage for ... argument} = &{storage for len(raw)}:
./strings_basic.go:56:22:     from len(raw) (spill) at ./strings_basic.go:56:22
./strings_basic.go:56:22:     from ... argument (slice-literal-element) at ./strings_basic.go:56:13
./strings_basic.go:56:22:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:56:22:     from ... argument (spill) at ./strings_basic.go:56:13
./strings_basic.go:56:22:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:56:13
./strings_basic.go:56:13: raw escapes to heap:
./strings_basic.go:56:13:   flow: {storage for ... argument} = &{storage for raw}:
./strings_basic.go:56:13:     from raw (spill) at ./strings_basic.go:56:13
./strings_basic.go:56:13:     from ... argument (slice-literal-element) at ./strings_basic.go:56:13
./strings_basic.go:56:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:56:13:     from ... argument (spill) at ./strings_basic.go:56:13
./strings_basic.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:56:13
./strings_basic.go:51:47: len("日本") escapes to heap:
./strings_basic.go:51:47:   flow: {storage for ... argument} = &{storage for len("日本")}:
./strings_basic.go:51:47:     from len("日本") (spill) at ./strings_basic.go:51:47
./strings_basic.go:51:47:     from ... argument (slice-literal-element) at ./strings_basic.go:51:13
./strings_basic.go:51:47:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:51:47:     from ... argument (spill) at ./strings_basic.go:51:13
./strings_basic.go:51:47:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:51:13
./strings_basic.go:51:37: "literal"[1:3] escapes to heap:
./strings_basic.go:51:37:   flow: {storage for ... argument} = &{storage for "literal"[1:3]}:
./strings_basic.go:51:37:     from "literal"[1:3] (spill) at ./strings_basic.go:51:37
./strings_basic.go:51:37:     from ... argument (slice-literal-element) at ./strings_basic.go:51:13
./strings_basic.go:51:37:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:51:37:     from ... argument (spill) at ./strings_basic.go:51:13
./strings_basic.go:51:37:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:51:13
./strings_basic.go:51:23: "literal"[3] escapes to heap:
./strings_basic.go:51:23:   flow: {storage for ... argument} = &{storage for "literal"[3]}:
./strings_basic.go:51:23:     from "literal"[3] (spill) at ./strings_basic.go:51:23
./strings_basic.go:51:23:     from ... argument (slice-literal-element) at ./strings_basic.go:51:13
./strings_basic.go:51:23:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:51:23:     from ... argument (spill) at ./strings_basic.go:51:13
./strings_basic.go:51:23:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:51:13
./strings_basic.go:50:31: len(c) escapes to heap:
./strings_basic.go:50:31:   flow: {storage for ... argument} = &{storage for len(c)}:
./strings_basic.go:50:31:     from len(c) (spill) at ./strings_basic.go:50:31
./strings_basic.go:50:31:     from ... argument (slice-literal-element) at ./strings_basic.go:50:13
./strings_basic.go:50:31:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:50:31:     from ... argument (spill) at ./strings_basic.go:50:13
./strings_basic.go:50:31:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:50:13
./strings_basic.go:50:21: c[1:4] escapes to heap:
./strings_basic.go:50:21:   flow: {storage for ... argument} = &{storage for c[1:4]}:
./strings_basic.go:50:21:     from c[1:4] (spill) at ./strings_basic.go:50:21
./strings_basic.go:50:21:     from ... argument (slice-literal-element) at ./strings_basic.go:50:13
./strings_basic.go:50:21:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:50:21:     from ... argument (spill) at ./strings_basic.go:50:13
./strings_basic.go:50:21:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:50:13
./strings_basic.go:50:15: c[2] escapes to heap:
./strings_basic.go:50:15:   flow: {storage for ... argument} = &{storage for c[2]}:
./strings_basic.go:50:15:     from c[2] (spill) at ./strings_basic.go:50:15
./strings_basic.go:50:15:     from ... argument (slice-literal-element) at ./strings_basic.go:50:13
./strings_basic.go:50:15:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:50:15:     from ... argument (spill) at ./strings_basic.go:50:13
./strings_basic.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:50:13
./strings_basic.go:48:37: z[0] escapes to heap:
./strings_basic.go:48:37:   flow: {storage for ... argument} = &{storage for z[0]}:
./strings_basic.go:48:37:     from z[0] (spill) at ./strings_basic.go:48:37
./strings_basic.go:48:37:     from ... argument (slice-literal-element) at ./strings_basic.go:48:13
./strings_basic.go:48:37:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:48:37:     from ... argument (spill) at ./strings_basic.go:48:13
./strings_basic.go:48:37:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:48:13
./strings_basic.go:48:31: len(z) escapes to heap:
./strings_basic.go:48:31:   flow: {storage for ... argument} = &{storage for len(z)}:
./strings_basic.go:48:31:     from len(z) (spill) at ./strings_basic.go:48:31
./strings_basic.go:48:31:     from ... argument (slice-literal-element) at ./strings_basic.go:48:13
./strings_basic.go:48:31:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:48:31:     from ... argument (spill) at ./strings_basic.go:48:13
./strings_basic.go:48:31:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:48:13
./strings_basic.go:48:23: len(y) escapes to heap:
./strings_basic.go:48:23:   flow: {storage for ... argument} = &{storage for len(y)}:
./strings_basic.go:48:23:     from len(y) (spill) at ./strings_basic.go:48:23
./strings_basic.go:48:23:     from ... argument (slice-literal-element) at ./strings_basic.go:48:13
./strings_basic.go:48:23:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:48:23:     from ... argument (spill) at ./strings_basic.go:48:13
./strings_basic.go:48:23:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:48:13
./strings_basic.go:48:13: z escapes to heap:
./strings_basic.go:48:13:   flow: {storage for ... argument} = &{storage for z}:
./strings_basic.go:48:13:     from z (spill) at ./strings_basic.go:48:13
./strings_basic.go:48:13:     from ... argument (slice-literal-element) at ./strings_basic.go:48:13
./strings_basic.go:48:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:48:13:     from ... argument (spill) at ./strings_basic.go:48:13
./strings_basic.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:48:13
./strings_basic.go:48:13: y escapes to heap:
./strings_basic.go:48:13:   flow: {storage for ... argument} = &{storage for y}:
./strings_basic.go:48:13:     from y (spill) at ./strings_basic.go:48:13
./strings_basic.go:48:13:     from ... argument (slice-literal-element) at ./strings_basic.go:48:13
./strings_basic.go:48:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:48:13:     from ... argument (spill) at ./strings_basic.go:48:13
./strings_basic.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:48:13
./strings_basic.go:42:13: acc escapes to heap:
./strings_basic.go:42:13:   flow: {storage for ... argument} = &{storage for acc}:
./strings_basic.go:42:13:     from acc (spill) at ./strings_basic.go:42:13
./strings_basic.go:42:13:     from ... argument (slice-literal-element) at ./strings_basic.go:42:13
./strings_basic.go:42:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:42:13:     from ... argument (spill) at ./strings_basic.go:42:13
./strings_basic.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:42:13
./strings_basic.go:37:20: len(r) escapes to heap:
./strings_basic.go:37:20:   flow: {storage for ... argument} = &{storage for len(r)}:
./strings_basic.go:37:20:     from len(r) (spill) at ./strings_basic.go:37:20
./strings_basic.go:37:20:     from ... argument (slice-literal-element) at ./strings_basic.go:37:13
./strings_basic.go:37:20:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:37:20:     from ... argument (spill) at ./strings_basic.go:37:13
./strings_basic.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:37:13
./strings_basic.go:37:13: r escapes to heap:
./strings_basic.go:37:13:   flow: {storage for ... argument} = &{storage for r}:
./strings_basic.go:37:13:     from r (spill) at ./strings_basic.go:37:13
./strings_basic.go:37:13:     from ... argument (slice-literal-element) at ./strings_basic.go:37:13
./strings_basic.go:37:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:37:13:     from ... argument (spill) at ./strings_basic.go:37:13
./strings_basic.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:37:13
./strings_basic.go:30:45: s[u:i64] escapes to heap:
./strings_basic.go:30:45:   flow: {storage for ... argument} = &{storage for s[u:i64]}:
./strings_basic.go:30:45:     from s[u:i64] (spill) at ./strings_basic.go:30:45
./strings_basic.go:30:45:     from ... argument (slice-literal-element) at ./strings_basic.go:30:13
./strings_basic.go:30:45:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:30:45:     from ... argument (spill) at ./strings_basic.go:30:13
./strings_basic.go:30:45:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:30:13
./strings_basic.go:30:36: s[i8:u] escapes to heap:
./strings_basic.go:30:36:   flow: {storage for ... argument} = &{storage for s[i8:u]}:
./strings_basic.go:30:36:     from s[i8:u] (spill) at ./strings_basic.go:30:36
./strings_basic.go:30:36:     from ... argument (slice-literal-element) at ./strings_basic.go:30:13
./strings_basic.go:30:36:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:30:36:     from ... argument (spill) at ./strings_basic.go:30:13
./strings_basic.go:30:36:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:30:13
./strings_basic.go:30:28: s[i64] escapes to heap:
./strings_basic.go:30:28:   flow: {storage for ... argument} = &{storage for s[i64]}:
./strings_basic.go:30:28:     from s[i64] (spill) at ./strings_basic.go:30:28
./strings_basic.go:30:28:     from ... argument (slice-literal-element) at ./strings_basic.go:30:13
./strings_basic.go:30:28:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:30:28:     from ... argument (spill) at ./strings_basic.go:30:13
./strings_basic.go:30:28:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:30:13
./strings_basic.go:30:22: s[u] escapes to heap:
./strings_basic.go:30:22:   flow: {storage for ... argument} = &{storage for s[u]}:
./strings_basic.go:30:22:     from s[u] (spill) at ./strings_basic.go:30:22
./strings_basic.go:30:22:     from ... argument (slice-literal-element) at ./strings_basic.go:30:13
./strings_basic.go:30:22:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:30:22:     from ... argument (spill) at ./strings_basic.go:30:13
./strings_basic.go:30:22:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:30:13
./strings_basic.go:30:15: s[i8] escapes to heap:
./strings_basic.go:30:15:   flow: {storage for ... argument} = &{storage for s[i8]}:
./strings_basic.go:30:15:     from s[i8] (spill) at ./strings_basic.go:30:15
./strings_basic.go:30:15:     from ... argument (slice-literal-element) at ./strings_basic.go:30:13
./strings_basic.go:30:15:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:30:15:     from ... argument (spill) at ./strings_basic.go:30:13
./strings_basic.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:30:13
./strings_basic.go:24:23: string(rune(b)) escapes to heap:
./strings_basic.go:24:23:   flow: {storage for ... argument} = &{storage for string(rune(b))}:
./strings_basic.go:24:23:     from string(rune(b)) (spill) at ./strings_basic.go:24:23
./strings_basic.go:24:23:     from ... argument (slice-literal-element) at ./strings_basic.go:24:13
./strings_basic.go:24:23:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:24:23:     from ... argument (spill) at ./strings_basic.go:24:13
./strings_basic.go:24:23:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:24:13
./strings_basic.go:24:13: b escapes to heap:
./strings_basic.go:24:13:   flow: {storage for ... argument} = &{storage for b}:
./strings_basic.go:24:13:     from b (spill) at ./strings_basic.go:24:13
./strings_basic.go:24:13:     from ... argument (slice-literal-element) at ./strings_basic.go:24:13
./strings_basic.go:24:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:24:13:     from ... argument (spill) at ./strings_basic.go:24:13
./strings_basic.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:24:13
./strings_basic.go:20:35: (e + e) == e escapes to heap:
./strings_basic.go:20:35:   flow: {storage for ... argument} = &{storage for (e + e) == e}:
./strings_basic.go:20:35:     from (e + e) == e (spill) at ./strings_basic.go:20:35
./strings_basic.go:20:35:     from ... argument (slice-literal-element) at ./strings_basic.go:20:13
./strings_basic.go:20:35:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:20:35:     from ... argument (spill) at ./strings_basic.go:20:13
./strings_basic.go:20:35:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:20:13
./strings_basic.go:20:24: e == "" escapes to heap:
./strings_basic.go:20:24:   flow: {storage for ... argument} = &{storage for e == ""}:
./strings_basic.go:20:24:     from e == "" (spill) at ./strings_basic.go:20:24
./strings_basic.go:20:24:     from ... argument (slice-literal-element) at ./strings_basic.go:20:13
./strings_basic.go:20:24:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:20:24:     from ... argument (spill) at ./strings_basic.go:20:13
./strings_basic.go:20:24:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:20:13
./strings_basic.go:20:17: len(e) escapes to heap:
./strings_basic.go:20:17:   flow: {storage for ... argument} = &{storage for len(e)}:
./strings_basic.go:20:17:     from len(e) (spill) at ./strings_basic.go:20:17
./strings_basic.go:20:17:     from ... argument (slice-literal-element) at ./strings_basic.go:20:13
./strings_basic.go:20:17:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:20:17:     from ... argument (spill) at ./strings_basic.go:20:13
./strings_basic.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:20:13
./strings_basic.go:17:13: t escapes to heap:
./strings_basic.go:17:13:   flow: {storage for ... argument} = &{storage for t}:
./strings_basic.go:17:13:     from t (spill) at ./strings_basic.go:17:13
./strings_basic.go:17:13:     from ... argument (slice-literal-element) at ./strings_basic.go:17:13
./strings_basic.go:17:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:17:13:     from ... argument (spill) at ./strings_basic.go:17:13
./strings_basic.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:17:13
./strings_basic.go:16:13: s escapes to heap:
./strings_basic.go:16:13:   flow: {storage for ... argument} = &{storage for s}:
./strings_basic.go:16:13:     from s (spill) at ./strings_basic.go:16:13
./strings_basic.go:16:13:     from ... argument (slice-literal-element) at ./strings_basic.go:16:13
./strings_basic.go:16:13:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:16:13:     from ... argument (spill) at ./strings_basic.go:16:13
./strings_basic.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:16:13
./strings_basic.go:12:45: s[7:8] == "\xe4" escapes to heap:
./strings_basic.go:12:45:   flow: {storage for ... argument} = &{storage for s[7:8] == "\xe4"}:
./strings_basic.go:12:45:     from s[7:8] == "\xe4" (spill) at ./strings_basic.go:12:45
./strings_basic.go:12:45:     from ... argument (slice-literal-element) at ./strings_basic.go:12:13
./strings_basic.go:12:45:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:12:45:     from ... argument (spill) at ./strings_basic.go:12:13
./strings_basic.go:12:45:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:12:13
./strings_basic.go:12:27: string(s[7]) == "\xe4" escapes to heap:
./strings_basic.go:12:27:   flow: {storage for ... argument} = &{storage for string(s[7]) == "\xe4"}:
./strings_basic.go:12:27:     from string(s[7]) == "\xe4" (spill) at ./strings_basic.go:12:27
./strings_basic.go:12:27:     from ... argument (slice-literal-element) at ./strings_basic.go:12:13
./strings_basic.go:12:27:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:12:27:     from ... argument (spill) at ./strings_basic.go:12:13
./strings_basic.go:12:27:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:12:13
./strings_basic.go:11:51: s[1] escapes to heap:
./strings_basic.go:11:51:   flow: {storage for ... argument} = &{storage for s[1]}:
./strings_basic.go:11:51:     from s[1] (spill) at ./strings_basic.go:11:51
./strings_basic.go:11:51:     from ... argument (slice-literal-element) at ./strings_basic.go:11:12
./strings_basic.go:11:51:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:11:51:     from ... argument (spill) at ./strings_basic.go:11:12
./strings_basic.go:11:51:     from fmt.Printf("%T %T %v %c\n", ... argument...) (call parameter) at ./strings_basic.go:11:12
./strings_basic.go:11:45: s[1] escapes to heap:
./strings_basic.go:11:45:   flow: {storage for ... argument} = &{storage for s[1]}:
./strings_basic.go:11:45:     from s[1] (spill) at ./strings_basic.go:11:45
./strings_basic.go:11:45:     from ... argument (slice-literal-element) at ./strings_basic.go:11:12
./strings_basic.go:11:45:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:11:45:     from ... argument (spill) at ./strings_basic.go:11:12
./strings_basic.go:11:45:     from fmt.Printf("%T %T %v %c\n", ... argument...) (call parameter) at ./strings_basic.go:11:12
./strings_basic.go:11:37: s[1:2] escapes to heap:
./strings_basic.go:11:37:   flow: {storage for ... argument} = &{storage for s[1:2]}:
./strings_basic.go:11:37:     from s[1:2] (spill) at ./strings_basic.go:11:37
./strings_basic.go:11:37:     from ... argument (slice-literal-element) at ./strings_basic.go:11:12
./strings_basic.go:11:37:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:11:37:     from ... argument (spill) at ./strings_basic.go:11:12
./strings_basic.go:11:37:     from fmt.Printf("%T %T %v %c\n", ... argument...) (call parameter) at ./strings_basic.go:11:12
./strings_basic.go:11:31: s[0] escapes to heap:
./strings_basic.go:11:31:   flow: {storage for ... argument} = &{storage for s[0]}:
./strings_basic.go:11:31:     from s[0] (spill) at ./strings_basic.go:11:31
./strings_basic.go:11:31:     from ... argument (slice-literal-element) at ./strings_basic.go:11:12
./strings_basic.go:11:31:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:11:31:     from ... argument (spill) at ./strings_basic.go:11:12
./strings_basic.go:11:31:     from fmt.Printf("%T %T %v %c\n", ... argument...) (call parameter) at ./strings_basic.go:11:12
./strings_basic.go:10:58: s[5:5] == "" escapes to heap:
./strings_basic.go:10:58:   flow: {storage for ... argument} = &{storage for s[5:5] == ""}:
./strings_basic.go:10:58:     from s[5:5] == "" (spill) at ./strings_basic.go:10:58
./strings_basic.go:10:58:     from ... argument (slice-literal-element) at ./strings_basic.go:10:13
./strings_basic.go:10:58:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:10:58:     from ... argument (spill) at ./strings_basic.go:10:13
./strings_basic.go:10:58:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:10:13
./strings_basic.go:10:46: s[:] escapes to heap:
./strings_basic.go:10:46:   flow: {storage for ... argument} = &{storage for s[:]}:
./strings_basic.go:10:46:     from s[:] (spill) at ./strings_basic.go:10:46
./strings_basic.go:10:46:     from ... argument (slice-literal-element) at ./strings_basic.go:10:13
./strings_basic.go:10:46:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:10:46:     from ... argument (spill) at ./strings_basic.go:10:13
./strings_basic.go:10:46:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:10:13
./strings_basic.go:10:39: s[7:] escapes to heap:
./strings_basic.go:10:39:   flow: {storage for ... argument} = &{storage for s[7:]}:
./strings_basic.go:10:39:     from s[7:] (spill) at ./strings_basic.go:10:39
./strings_basic.go:10:39:     from ... argument (slice-literal-element) at ./strings_basic.go:10:13
./strings_basic.go:10:39:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:10:39:     from ... argument (spill) at ./strings_basic.go:10:13
./strings_basic.go:10:39:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:10:13
./strings_basic.go:10:32: s[:5] escapes to heap:
./strings_basic.go:10:32:   flow: {storage for ... argument} = &{storage for s[:5]}:
./strings_basic.go:10:32:     from s[:5] (spill) at ./strings_basic.go:10:32
./strings_basic.go:10:32:     from ... argument (slice-literal-element) at ./strings_basic.go:10:13
./strings_basic.go:10:32:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:10:32:     from ... argument (spill) at ./strings_basic.go:10:13
./strings_basic.go:10:32:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:10:13
./strings_basic.go:10:23: s[7:10] escapes to heap:
./strings_basic.go:10:23:   flow: {storage for ... argument} = &{storage for s[7:10]}:
./strings_basic.go:10:23:     from s[7:10] (spill) at ./strings_basic.go:10:23
./strings_basic.go:10:23:     from ... argument (slice-literal-element) at ./strings_basic.go:10:13
./strings_basic.go:10:23:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:10:23:     from ... argument (spill) at ./strings_basic.go:10:13
./strings_basic.go:10:23:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:10:13
./strings_basic.go:10:15: s[0:5] escapes to heap:
./strings_basic.go:10:15:   flow: {storage for ... argument} = &{storage for s[0:5]}:
./strings_basic.go:10:15:     from s[0:5] (spill) at ./strings_basic.go:10:15
./strings_basic.go:10:15:     from ... argument (slice-literal-element) at ./strings_basic.go:10:13
./strings_basic.go:10:15:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:10:15:     from ... argument (spill) at ./strings_basic.go:10:13
./strings_basic.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:10:13
./strings_basic.go:9:35: s[len(s) - 1] escapes to heap:
./strings_basic.go:9:35:   flow: {storage for ... argument} = &{storage for s[len(s) - 1]}:
./strings_basic.go:9:35:     from s[len(s) - 1] (spill) at ./strings_basic.go:9:35
./strings_basic.go:9:35:     from ... argument (slice-literal-element) at ./strings_basic.go:9:13
./strings_basic.go:9:35:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:9:35:     from ... argument (spill) at ./strings_basic.go:9:13
./strings_basic.go:9:35:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:9:13
./strings_basic.go:9:29: s[7] escapes to heap:
./strings_basic.go:9:29:   flow: {storage for ... argument} = &{storage for s[7]}:
./strings_basic.go:9:29:     from s[7] (spill) at ./strings_basic.go:9:29
./strings_basic.go:9:29:     from ... argument (slice-literal-element) at ./strings_basic.go:9:13
./strings_basic.go:9:29:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:9:29:     from ... argument (spill) at ./strings_basic.go:9:13
./strings_basic.go:9:29:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:9:13
./strings_basic.go:9:23: s[0] escapes to heap:
./strings_basic.go:9:23:   flow: {storage for ... argument} = &{storage for s[0]}:
./strings_basic.go:9:23:     from s[0] (spill) at ./strings_basic.go:9:23
./strings_basic.go:9:23:     from ... argument (slice-literal-element) at ./strings_basic.go:9:13
./strings_basic.go:9:23:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:9:23:     from ... argument (spill) at ./strings_basic.go:9:13
./strings_basic.go:9:23:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:9:13
./strings_basic.go:9:17: len(s) escapes to heap:
./strings_basic.go:9:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./strings_basic.go:9:17:     from len(s) (spill) at ./strings_basic.go:9:17
./strings_basic.go:9:17:     from ... argument (slice-literal-element) at ./strings_basic.go:9:13
./strings_basic.go:9:17:   flow: {heap} = {storage for ... argument}:
./strings_basic.go:9:17:     from ... argument (spill) at ./strings_basic.go:9:13
./strings_basic.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./strings_basic.go:9:13
./strings_basic.go:35:14: string(rune('a' + i)) escapes to heap:
./strings_basic.go:35:14:   flow: r = &{storage for string(rune('a' + i))}:
./strings_basic.go:35:14:     from string(rune('a' + i)) (spill) at ./strings_basic.go:35:14
./strings_basic.go:35:14:     from r += string(rune('a' + i)) (assign) at ./strings_basic.go:35:5
./strings_basic.go:35:14:   flow: acc = r:
./strings_basic.go:35:14:     from r[i:i + 1] (slice) at ./strings_basic.go:40:11
./strings_basic.go:35:14:     from acc += r[i:i + 1] (assign) at ./strings_basic.go:40:7
./strings_basic.go:35:14:   flow: {storage for acc} = acc:
./strings_basic.go:35:14:     from acc (interface-converted) at ./strings_basic.go:42:13
./strings_basic.go:24:23: string(rune(b)) escapes to heap:
./strings_basic.go:24:23:   flow: {storage for string(rune(b))} = &{storage for string(rune(b))}:
./strings_basic.go:24:23:     from string(rune(b)) (spill) at ./strings_basic.go:24:23
./strings_basic.go:24:23:     from string(rune(b)) (interface-converted) at ./strings_basic.go:24:23
./strings_basic.go:9:13: ... argument does not escape
./strings_basic.go:9:17: len(s) escapes to heap
./strings_basic.go:9:23: s[0] escapes to heap
./strings_basic.go:9:29: s[7] escapes to heap
./strings_basic.go:9:35: s[len(s) - 1] escapes to heap
./strings_basic.go:10:13: ... argument does not escape
./strings_basic.go:10:15: s[0:5] escapes to heap
./strings_basic.go:10:23: s[7:10] escapes to heap
./strings_basic.go:10:32: s[:5] escapes to heap
./strings_basic.go:10:39: s[7:] escapes to heap
./strings_basic.go:10:46: s[:] escapes to heap
./strings_basic.go:10:58: s[5:5] == "" escapes to heap
./strings_basic.go:11:12: ... argument does not escape
./strings_basic.go:11:31: s[0] escapes to heap
./strings_basic.go:11:37: s[1:2] escapes to heap
./strings_basic.go:11:45: s[1] escapes to heap
./strings_basic.go:11:51: s[1] escapes to heap
./strings_basic.go:12:13: ... argument does not escape
./strings_basic.go:12:27: string(s[7]) == "\xe4" escapes to heap
./strings_basic.go:12:20: string(s[7]) does not escape
./strings_basic.go:12:45: s[7:8] == "\xe4" escapes to heap
./strings_basic.go:16:13: ... argument does not escape
./strings_basic.go:16:13: s escapes to heap
./strings_basic.go:17:13: ... argument does not escape
./strings_basic.go:17:13: t escapes to heap
./strings_basic.go:20:13: ... argument does not escape
./strings_basic.go:20:17: len(e) escapes to heap
./strings_basic.go:20:24: e == "" escapes to heap
./strings_basic.go:20:35: (e + e) == e escapes to heap
./strings_basic.go:20:32: e + e does not escape
./strings_basic.go:24:13: ... argument does not escape
./strings_basic.go:24:13: b escapes to heap
./strings_basic.go:24:23: string(rune(b)) escapes to heap
./strings_basic.go:24:23: string(rune(b)) escapes to heap
./strings_basic.go:30:13: ... argument does not escape
./strings_basic.go:30:15: s[i8] escapes to heap
./strings_basic.go:30:22: s[u] escapes to heap
./strings_basic.go:30:28: s[i64] escapes to heap
./strings_basic.go:30:36: s[i8:u] escapes to heap
./strings_basic.go:30:45: s[u:i64] escapes to heap
./strings_basic.go:35:14: string(rune('a' + i)) escapes to heap
./strings_basic.go:37:13: ... argument does not escape
./strings_basic.go:37:13: r escapes to heap
./strings_basic.go:37:20: len(r) escapes to heap
./strings_basic.go:42:13: ... argument does not escape
./strings_basic.go:42:13: acc escapes to heap
./strings_basic.go:48:13: ... argument does not escape
./strings_basic.go:48:13: y escapes to heap
./strings_basic.go:48:13: z escapes to heap
./strings_basic.go:48:23: len(y) escapes to heap
./strings_basic.go:48:31: len(z) escapes to heap
./strings_basic.go:48:37: z[0] escapes to heap
./strings_basic.go:50:13: ... argument does not escape
./strings_basic.go:50:15: c[2] escapes to heap
./strings_basic.go:50:21: c[1:4] escapes to heap
./strings_basic.go:50:31: len(c) escapes to heap
./strings_basic.go:51:13: ... argument does not escape
./strings_basic.go:51:23: "literal"[3] escapes to heap
./strings_basic.go:51:37: "literal"[1:3] escapes to heap
./strings_basic.go:51:47: len("日本") escapes to heap
./strings_basic.go:56:13: ... argument does not escape
./strings_basic.go:56:13: raw escapes to heap
./strings_basic.go:56:22: len(raw) escapes to heap
