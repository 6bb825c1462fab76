./func_value_stdlib.go:12:35: parameter s leaks to {heap} with derefs=0:
./func_value_stdlib.go:12:35:   flow: {heap} = s:
./func_value_stdlib.go:12:35:     from f(s) (call parameter) at ./func_value_stdlib.go:12:62
./func_value_stdlib.go:12:12: f does not escape
./func_value_stdlib.go:12:35: leaking param: s
./func_value_stdlib.go:30:16: p != nil escapes to heap:
./func_value_stdlib.go:30:16:   flow: {storage for ... argument} = &{storage for p != nil}:
./func_value_stdlib.go:30:16:     from p != nil (spill) at ./func_value_stdlib.go:30:16
./func_value_stdlib.go:30:16:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:30:13
./func_value_stdlib.go:30:16:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:30:16:     from ... argument (spill) at ./func_value_stdlib.go:30:13
./func_value_stdlib.go:30:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_stdlib.go:30:13
./func_value_stdlib.go:28:23: f(" MiXeD ") escapes to heap:
./func_value_stdlib.go:28:23:   flow: {storage for ... argument} = &{storage for f(" MiXeD ")}:
./func_value_stdlib.go:28:23:     from f(" MiXeD ") (spill) at ./func_value_stdlib.go:28:23
./func_value_stdlib.go:28:23:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:28:13
./func_value_stdlib.go:28:23:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:28:23:     from ... argument (spill) at ./func_value_stdlib.go:28:13
./func_value_stdlib.go:28:23:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./func_value_stdlib.go:28:13
./func_value_stdlib.go:25:13: n escapes to heap:
./func_value_stdlib.go:25:13:   flow: {storage for ... argument} = &{storage for n}:
./func_value_stdlib.go:25:13:     from n (spill) at ./func_value_stdlib.go:25:13
./func_value_stdlib.go:25:13:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:25:13
./func_value_stdlib.go:25:13:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:25:13:     from ... argument (spill) at ./func_value_stdlib.go:25:13
./func_value_stdlib.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./func_value_stdlib.go:25:13
./func_value_stdlib.go:22:31: "x" escapes to heap:
./func_value_stdlib.go:22:31:   flow: {storage for ... argument} = &{storage for "x"}:
./func_value_stdlib.go:22:31:     from "x" (spill) at ./func_value_stdlib.go:22:31
./func_value_stdlib.go:22:31:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:22:16
./func_value_stdlib.go:22:31:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:22:31:     from ... argument (spill) at ./func_value_stdlib.go:22:16
./func_value_stdlib.go:22:31:     from sp("%03d|%s", ... argument...) (call parameter) at ./func_value_stdlib.go:22:16
./func_value_stdlib.go:22:28: 7 escapes to heap:
./func_value_stdlib.go:22:28:   flow: {storage for ... argument} = &{storage for 7}:
./func_value_stdlib.go:22:28:     from 7 (spill) at ./func_value_stdlib.go:22:28
./func_value_stdlib.go:22:28:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:22:16
./func_value_stdlib.go:22:28:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:22:28:     from ... argument (spill) at ./func_value_stdlib.go:22:16
./func_value_stdlib.go:22:28:     from sp("%03d|%s", ... argument...) (call parameter) at ./func_value_stdlib.go:22:16
./func_value_stdlib.go:22:16: sp("%03d|%s", ... argument...) escapes to heap:
./func_value_stdlib.go:22:16:   flow: {storage for ... argument} = &{storage for sp("%03d|%s", ... argument...)}:
./func_value_stdlib.go:22:16:     from sp("%03d|%s", ... argument...) (spill) at ./func_value_stdlib.go:22:16
./func_value_stdlib.go:22:16:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:22:13
./func_value_stdlib.go:22:16:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:22:16:     from ... argument (spill) at ./func_value_stdlib.go:22:13
./func_value_stdlib.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_stdlib.go:22:13
./func_value_stdlib.go:20:23: 2 escapes to heap:
./func_value_stdlib.go:20:23:   flow: {storage for ... argument} = &{storage for 2}:
./func_value_stdlib.go:20:23:     from 2 (spill) at ./func_value_stdlib.go:20:23
./func_value_stdlib.go:20:23:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:23:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:20:23:     from ... argument (spill) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:23:     from p(... argument...) (call parameter) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:20: 1 escapes to heap:
./func_value_stdlib.go:20:20:   flow: {storage for ... argument} = &{storage for 1}:
./func_value_stdlib.go:20:20:     from 1 (spill) at ./func_value_stdlib.go:20:20
./func_value_stdlib.go:20:20:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:20:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:20:20:     from ... argument (spill) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:20:     from p(... argument...) (call parameter) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:11: "value" escapes to heap:
./func_value_stdlib.go:20:11:   flow: {storage for ... argument} = &{storage for "value"}:
./func_value_stdlib.go:20:11:     from "value" (spill) at ./func_value_stdlib.go:20:11
./func_value_stdlib.go:20:11:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:11:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:20:11:     from ... argument (spill) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:11:     from p(... argument...) (call parameter) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:4: "via" escapes to heap:
./func_value_stdlib.go:20:4:   flow: {storage for ... argument} = &{storage for "via"}:
./func_value_stdlib.go:20:4:     from "via" (spill) at ./func_value_stdlib.go:20:4
./func_value_stdlib.go:20:4:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:4:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:20:4:     from ... argument (spill) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:20:4:     from p(... argument...) (call parameter) at ./func_value_stdlib.go:20:3
./func_value_stdlib.go:18:50: apply(strings.TrimSpace, "  x  ") escapes to heap:
./func_value_stdlib.go:18:50:   flow: {storage for ... argument} = &{storage for apply(strings.TrimSpace, "  x  ")}:
./func_value_stdlib.go:18:50:     from apply(strings.TrimSpace, "  x  ") (spill) at ./func_value_stdlib.go:18:50
./func_value_stdlib.go:18:50:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:18:13
./func_value_stdlib.go:18:50:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:18:50:     from ... argument (spill) at ./func_value_stdlib.go:18:13
./func_value_stdlib.go:18:50:     from fmt.Println(... argument...) (call parameter) at ./func_value_stdlib.go:18:13
./func_value_stdlib.go:18:19: apply(strings.ToUpper, "abc") escapes to heap:
./func_value_stdlib.go:18:19:   flow: {storage for ... argument} = &{storage for apply(strings.ToUpper, "abc")}:
./func_value_stdlib.go:18:19:     from apply(strings.ToUpper, "abc") (spill) at ./func_value_stdlib.go:18:19
./func_value_stdlib.go:18:19:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:18:13
./func_value_stdlib.go:18:19:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:18:19:     from ... argument (spill) at ./func_value_stdlib.go:18:13
./func_value_stdlib.go:18:19:     from fmt.Println(... argument...) (call parameter) at ./func_value_stdlib.go:18:13
./func_value_stdlib.go:17:30: strings.TrimFunc("123abc456", unicode.IsDigit) escapes to heap:
./func_value_stdlib.go:17:30:   flow: {storage for ... argument} = &{storage for strings.TrimFunc("123abc456", unicode.IsDigit)}:
./func_value_stdlib.go:17:30:     from strings.TrimFunc("123abc456", unicode.IsDigit) (spill) at ./func_value_stdlib.go:17:30
./func_value_stdlib.go:17:30:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:17:13
./func_value_stdlib.go:17:30:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:17:30:     from ... argument (spill) at ./func_value_stdlib.go:17:13
./func_value_stdlib.go:17:30:     from fmt.Println(... argument...) (call parameter) at ./func_value_stdlib.go:17:13
./func_value_stdlib.go:16:39: strings.FieldsFunc("a b\tc\n", unicode.IsSpace) escapes to heap:
./func_value_stdlib.go:16:39:   flow: {storage for ... argument} = &{storage for strings.FieldsFunc("a b\tc\n", unicode.IsSpace)}:
./func_value_stdlib.go:16:39:     from strings.FieldsFunc("a b\tc\n", unicode.IsSpace) (spill) at ./func_value_stdlib.go:16:39
./func_value_stdlib.go:16:39:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:16:12
./func_value_stdlib.go:16:39:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:16:39:     from ... argument (spill) at ./func_value_stdlib.go:16:12
./func_value_stdlib.go:16:39:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./func_value_stdlib.go:16:12
./func_value_stdlib.go:15:25: strings.Map(unicode.ToUpper, "hello, world") escapes to heap:
./func_value_stdlib.go:15:25:   flow: {storage for ... argument} = &{storage for strings.Map(unicode.ToUpper, "hello, world")}:
./func_value_stdlib.go:15:25:     from strings.Map(unicode.ToUpper, "hello, world") (spill) at ./func_value_stdlib.go:15:25
./func_value_stdlib.go:15:25:     from ... argument (slice-literal-element) at ./func_value_stdlib.go:15:13
./func_value_stdlib.go:15:25:   flow: {heap} = {storage for ... argument}:
./func_value_stdlib.go:15:25:     from ... argument (spill) at ./func_value_stdlib.go:15:13
./func_value_stdlib.go:15:25:     from fmt.Println(... argument...) (call parameter) at ./func_value_stdlib.go:15:13
./func_value_stdlib.go:15:13: ... argument does not escape
./func_value_stdlib.go:15:25: strings.Map(unicode.ToUpper, "hello, world") escapes to heap
./func_value_stdlib.go:16:12: ... argument does not escape
./func_value_stdlib.go:16:39: strings.FieldsFunc("a b\tc\n", unicode.IsSpace) escapes to heap
./func_value_stdlib.go:17:13: ... argument does not escape
./func_value_stdlib.go:17:30: strings.TrimFunc("123abc456", unicode.IsDigit) escapes to heap
./func_value_stdlib.go:18:13: ... argument does not escape
./func_value_stdlib.go:18:19: apply(strings.ToUpper, "abc") escapes to heap
./func_value_stdlib.go:18:50: apply(strings.TrimSpace, "  x  ") escapes to heap
./func_value_stdlib.go:20:3: ... argument does not escape
./func_value_stdlib.go:20:4: "via" escapes to heap
./func_value_stdlib.go:20:11: "value" escapes to heap
./func_value_stdlib.go:20:20: 1 escapes to heap
./func_value_stdlib.go:20:23: 2 escapes to heap
./func_value_stdlib.go:22:13: ... argument does not escape
./func_value_stdlib.go:22:16: sp("%03d|%s", ... argument...) escapes to heap
./func_value_stdlib.go:22:16: ... argument does not escape
./func_value_stdlib.go:22:28: 7 escapes to heap
./func_value_stdlib.go:22:31: "x" escapes to heap
./func_value_stdlib.go:25:13: ... argument does not escape
./func_value_stdlib.go:25:13: n escapes to heap
./func_value_stdlib.go:26:29: []func(string) string{...} does not escape
./func_value_stdlib.go:28:13: ... argument does not escape
./func_value_stdlib.go:28:23: f(" MiXeD ") escapes to heap
./func_value_stdlib.go:30:13: ... argument does not escape
./func_value_stdlib.go:30:16: p != nil escapes to heap
