./func_value_nil_compare.go:11:43: s + "!" escapes to heap:
./func_value_nil_compare.go:11:43:   flow: ~r0 = &{storage for s + "!"}:
./func_value_nil_compare.go:11:43:     from s + "!" (spill) at ./func_value_nil_compare.go:11:43
./func_value_nil_compare.go:11:43:     from return s + "!" (return) at ./func_value_nil_compare.go:11:34
./func_value_nil_compare.go:11:10: func literal escapes to heap:
./func_value_nil_compare.go:11:10:   flow: ~r0 = &{storage for func literal}:
./func_value_nil_compare.go:11:10:     from func literal (spill) at ./func_value_nil_compare.go:11:10
./func_value_nil_compare.go:11:10:     from return func literal (return) at ./func_value_nil_compare.go:11:3
./func_value_nil_compare.go:11:15: s does not escape
./func_value_nil_compare.go:11:10: func literal escapes to heap
./func_value_nil_compare.go:11:43: s + "!" escapes to heap
./func_value_nil_compare.go:37:29: g == nil escapes to heap:
./func_value_nil_compare.go:37:29:   flow: {storage for ... argument} = &{storage for g == nil}:
./func_value_nil_compare.go:37:29:     from g == nil (spill) at ./func_value_nil_compare.go:37:29
./func_value_nil_compare.go:37:29:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:37:12
./func_value_nil_compare.go:37:29:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:37:29:     from ... argument (spill) at ./func_value_nil_compare.go:37:12
./func_value_nil_compare.go:37:29:     from fmt.Printf("%v %T %T\n", ... argument...) (call parameter) at ./func_value_nil_compare.go:37:12
./func_value_nil_compare.go:36:13: n escapes to heap:
./func_value_nil_compare.go:36:13:   flow: {storage for ... argument} = &{storage for n}:
./func_value_nil_compare.go:36:13:     from n (spill) at ./func_value_nil_compare.go:36:13
./func_value_nil_compare.go:36:13:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:36:13
./func_value_nil_compare.go:36:13:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:36:13:     from ... argument (spill) at ./func_value_nil_compare.go:36:13
./func_value_nil_compare.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:36:13
./func_value_nil_compare.go:27:15: "nil func" escapes to heap:
./func_value_nil_compare.go:27:15:   flow: {storage for ... argument} = &{storage for "nil func"}:
./func_value_nil_compare.go:27:15:     from "nil func" (spill) at ./func_value_nil_compare.go:27:15
./func_value_nil_compare.go:27:15:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:27:14
./func_value_nil_compare.go:27:15:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:27:15:     from ... argument (spill) at ./func_value_nil_compare.go:27:14
./func_value_nil_compare.go:27:15:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:27:14
./func_value_nil_compare.go:24:25: h("hi") escapes to heap:
./func_value_nil_compare.go:24:25:   flow: {storage for ... argument} = &{storage for h("hi")}:
./func_value_nil_compare.go:24:25:     from h("hi") (spill) at ./func_value_nil_compare.go:24:25
./func_value_nil_compare.go:24:25:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:24:13
./func_value_nil_compare.go:24:25:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:24:25:     from ... argument (spill) at ./func_value_nil_compare.go:24:13
./func_value_nil_compare.go:24:25:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:24:13
./func_value_nil_compare.go:24:16: h != nil escapes to heap:
./func_value_nil_compare.go:24:16:   flow: {storage for ... argument} = &{storage for h != nil}:
./func_value_nil_compare.go:24:16:     from h != nil (spill) at ./func_value_nil_compare.go:24:16
./func_value_nil_compare.go:24:16:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:24:13
./func_value_nil_compare.go:24:16:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:24:16:     from ... argument (spill) at ./func_value_nil_compare.go:24:13
./func_value_nil_compare.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:24:13
./func_value_nil_compare.go:22:16: h == nil escapes to heap:
./func_value_nil_compare.go:22:16:   flow: {storage for ... argument} = &{storage for h == nil}:
./func_value_nil_compare.go:22:16:     from h == nil (spill) at ./func_value_nil_compare.go:22:16
./func_value_nil_compare.go:22:16:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:22:13
./func_value_nil_compare.go:22:16:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:22:16:     from ... argument (spill) at ./func_value_nil_compare.go:22:13
./func_value_nil_compare.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:22:13
./func_value_nil_compare.go:20:26: f != nil escapes to heap:
./func_value_nil_compare.go:20:26:   flow: {storage for ... argument} = &{storage for f != nil}:
./func_value_nil_compare.go:20:26:     from f != nil (spill) at ./func_value_nil_compare.go:20:26
./func_value_nil_compare.go:20:26:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:20:13
./func_value_nil_compare.go:20:26:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:20:26:     from ... argument (spill) at ./func_value_nil_compare.go:20:13
./func_value_nil_compare.go:20:26:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:20:13
./func_value_nil_compare.go:20:16: f == nil escapes to heap:
./func_value_nil_compare.go:20:16:   flow: {storage for ... argument} = &{storage for f == nil}:
./func_value_nil_compare.go:20:16:     from f == nil (spill) at ./func_value_nil_compare.go:20:16
./func_value_nil_compare.go:20:16:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:20:13
./func_value_nil_compare.go:20:16:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:20:16:     from ... argument (spill) at ./func_value_nil_compare.go:20:13
./func_value_nil_compare.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:20:13
./func_value_nil_compare.go:18:28: nil == f escapes to heap:
./func_value_nil_compare.go:18:28:   flow: {storage for ... argument} = &{storage for nil == f}:
./func_value_nil_compare.go:18:28:     from nil == f (spill) at ./func_value_nil_compare.go:18:28
./func_value_nil_compare.go:18:28:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:18:13
./func_value_nil_compare.go:18:28:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:18:28:     from ... argument (spill) at ./func_value_nil_compare.go:18:13
./func_value_nil_compare.go:18:28:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:18:13
./func_value_nil_compare.go:18:16: f == nil escapes to heap:
./func_value_nil_compare.go:18:16:   flow: {storage for ... argument} = &{storage for f == nil}:
./func_value_nil_compare.go:18:16:     from f == nil (spill) at ./func_value_nil_compare.go:18:16
./func_value_nil_compare.go:18:16:     from ... argument (slice-literal-element) at ./func_value_nil_compare.go:18:13
./func_value_nil_compare.go:18:16:   flow: {heap} = {storage for ... argument}:
./func_value_nil_compare.go:18:16:     from ... argument (spill) at ./func_value_nil_compare.go:18:13
./func_value_nil_compare.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_nil_compare.go:18:13
./func_value_nil_compare.go:18:13: ... argument does not escape
./func_value_nil_compare.go:18:16: f == nil escapes to heap
./func_value_nil_compare.go:18:28: nil == f escapes to heap
./func_value_nil_compare.go:19:6: func literal does not escape
./func_value_nil_compare.go:20:13: ... argument does not escape
./func_value_nil_compare.go:20:16: f == nil escapes to heap
./func_value_nil_compare.go:20:26: f != nil escapes to heap
./func_value_nil_compare.go:22:13: ... argument does not escape
./func_value_nil_compare.go:22:16: h == nil escapes to heap
./func_value_nil_compare.go:24:13: ... argument does not escape
./func_value_nil_compare.go:24:16: h != nil escapes to heap
./func_value_nil_compare.go:24:25: h("hi") escapes to heap
./func_value_nil_compare.go:27:14: ... argument does not escape
./func_value_nil_compare.go:27:15: "nil func" escapes to heap
./func_value_nil_compare.go:36:13: ... argument does not escape
./func_value_nil_compare.go:36:13: n escapes to heap
./func_value_nil_compare.go:37:12: ... argument does not escape
./func_value_nil_compare.go:37:29: g == nil escapes to heap
