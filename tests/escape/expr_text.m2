./expr_text.go:26:37: struct { A int }{...} escapes to heap:
./expr_text.go:26:37:   flow: e = &{storage for struct { A int }{...}}:
./expr_text.go:26:37:     from struct { A int }{...} (spill) at ./expr_text.go:26:37
./expr_text.go:26:37:     from e = struct { A int }{...} (assign) at ./expr_text.go:26:6
./expr_text.go:26:37:   flow: {storage for ... argument} = e:
./expr_text.go:26:37:     from ... argument (slice-literal-element) at ./expr_text.go:27:13
./expr_text.go:26:37:   flow: {heap} = {storage for ... argument}:
./expr_text.go:26:37:     from ... argument (spill) at ./expr_text.go:27:13
./expr_text.go:26:37:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:27:13
./expr_text.go:25:70: []struct { X int; Y int }{...} escapes to heap:
./expr_text.go:25:70:   flow: {storage for ... argument} = &{storage for []struct { X int; Y int }{...}}:
./expr_text.go:25:70:     from []struct { X int; Y int }{...} (spill) at ./expr_text.go:25:70
./expr_text.go:25:70:     from ... argument (slice-literal-element) at ./expr_text.go:25:13
./expr_text.go:25:70:   flow: {heap} = {storage for ... argument}:
./expr_text.go:25:70:     from ... argument (spill) at ./expr_text.go:25:13
./expr_text.go:25:70:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:25:13
./expr_text.go:25:42: [2]int{...} escapes to heap:
./expr_text.go:25:42:   flow: {storage for ... argument} = &{storage for [2]int{...}}:
./expr_text.go:25:42:     from [2]int{...} (spill) at ./expr_text.go:25:42
./expr_text.go:25:42:     from ... argument (slice-literal-element) at ./expr_text.go:25:13
./expr_text.go:25:42:   flow: {heap} = {storage for ... argument}:
./expr_text.go:25:42:     from ... argument (spill) at ./expr_text.go:25:13
./expr_text.go:25:42:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:25:13
./expr_text.go:25:16: am[struct { A string; B string }{...}] escapes to heap:
./expr_text.go:25:16:   flow: {storage for ... argument} = &{storage for am[struct { A string; B string }{...}]}:
./expr_text.go:25:16:     from am[struct { A string; B string }{...}] (spill) at ./expr_text.go:25:16
./expr_text.go:25:16:     from ... argument (slice-literal-element) at ./expr_text.go:25:13
./expr_text.go:25:16:   flow: {heap} = {storage for ... argument}:
./expr_text.go:25:16:     from ... argument (spill) at ./expr_text.go:25:13
./expr_text.go:25:16:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:25:13
./expr_text.go:23:63: ([]byte)("hi") escapes to heap:
./expr_text.go:23:63:   flow: {storage for ... argument} = &{storage for ([]byte)("hi")}:
./expr_text.go:23:63:     from ([]byte)("hi") (spill) at ./expr_text.go:23:63
./expr_text.go:23:63:     from ... argument (slice-literal-element) at ./expr_text.go:23:13
./expr_text.go:23:63:   flow: {heap} = {storage for ... argument}:
./expr_text.go:23:63:     from ... argument (spill) at ./expr_text.go:23:13
./expr_text.go:23:63:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:23:13
./expr_text.go:23:49: Runes{...} escapes to heap:
./expr_text.go:23:49:   flow: {storage for ... argument} = &{storage for Runes{...}}:
./expr_text.go:23:49:     from Runes{...} (spill) at ./expr_text.go:23:49
./expr_text.go:23:49:     from ... argument (slice-literal-element) at ./expr_text.go:23:13
./expr_text.go:23:49:   flow: {heap} = {storage for ... argument}:
./expr_text.go:23:49:     from ... argument (spill) at ./expr_text.go:23:13
./expr_text.go:23:49:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:23:13
./expr_text.go:23:38: []rune{} escapes to heap:
./expr_text.go:23:38:   flow: {storage for ... argument} = &{storage for []rune{}}:
./expr_text.go:23:38:     from []rune{} (spill) at ./expr_text.go:23:38
./expr_text.go:23:38:     from ... argument (slice-literal-element) at ./expr_text.go:23:13
./expr_text.go:23:38:   flow: {heap} = {storage for ... argument}:
./expr_text.go:23:38:     from ... argument (spill) at ./expr_text.go:23:13
./expr_text.go:23:38:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:23:13
./expr_text.go:23:20: []rune{...} escapes to heap:
./expr_text.go:23:20:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./expr_text.go:23:20:     from []rune{...} (spill) at ./expr_text.go:23:20
./expr_text.go:23:20:     from ... argument (slice-literal-element) at ./expr_text.go:23:13
./expr_text.go:23:20:   flow: {heap} = {storage for ... argument}:
./expr_text.go:23:20:     from ... argument (spill) at ./expr_text.go:23:13
./expr_text.go:23:20:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:23:13
./expr_text.go:22:47: *(&n.Val) escapes to heap:
./expr_text.go:22:47:   flow: {storage for ... argument} = &{storage for *(&n.Val)}:
./expr_text.go:22:47:     from *(&n.Val) (spill) at ./expr_text.go:22:47
./expr_text.go:22:47:     from ... argument (slice-literal-element) at ./expr_text.go:22:13
./expr_text.go:22:47:   flow: {heap} = {storage for ... argument}:
./expr_text.go:22:47:     from ... argument (spill) at ./expr_text.go:22:13
./expr_text.go:22:47:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:22:13
./expr_text.go:22:41: (*(*n).Next).Val escapes to heap:
./expr_text.go:22:41:   flow: {storage for ... argument} = &{storage for (*(*n).Next).Val}:
./expr_text.go:22:41:     from (*(*n).Next).Val (spill) at ./expr_text.go:22:41
./expr_text.go:22:41:     from ... argument (slice-literal-element) at ./expr_text.go:22:13
./expr_text.go:22:41:   flow: {heap} = {storage for ... argument}:
./expr_text.go:22:41:     from ... argument (spill) at ./expr_text.go:22:13
./expr_text.go:22:41:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:22:13
./expr_text.go:22:23: (*n).Next.Val escapes to heap:
./expr_text.go:22:23:   flow: {storage for ... argument} = &{storage for (*n).Next.Val}:
./expr_text.go:22:23:     from (*n).Next.Val (spill) at ./expr_text.go:22:23
./expr_text.go:22:23:     from ... argument (slice-literal-element) at ./expr_text.go:22:13
./expr_text.go:22:23:   flow: {heap} = {storage for ... argument}:
./expr_text.go:22:23:     from ... argument (spill) at ./expr_text.go:22:13
./expr_text.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:22:13
./expr_text.go:20:32: ^(-x) escapes to heap:
./expr_text.go:20:32:   flow: {storage for ... argument} = &{storage for ^(-x)}:
./expr_text.go:20:32:     from ^(-x) (spill) at ./expr_text.go:20:32
./expr_text.go:20:32:     from ... argument (slice-literal-element) at ./expr_text.go:20:13
./expr_text.go:20:32:   flow: {heap} = {storage for ... argument}:
./expr_text.go:20:32:     from ... argument (spill) at ./expr_text.go:20:13
./expr_text.go:20:32:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:20:13
./expr_text.go:20:27: -(^x) escapes to heap:
./expr_text.go:20:27:   flow: {storage for ... argument} = &{storage for -(^x)}:
./expr_text.go:20:27:     from -(^x) (spill) at ./expr_text.go:20:27
./expr_text.go:20:27:     from ... argument (slice-literal-element) at ./expr_text.go:20:13
./expr_text.go:20:27:   flow: {heap} = {storage for ... argument}:
./expr_text.go:20:27:     from ... argument (spill) at ./expr_text.go:20:13
./expr_text.go:20:27:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:20:13
./expr_text.go:20:21: - (-x) escapes to heap:
./expr_text.go:20:21:   flow: {storage for ... argument} = &{storage for - (-x)}:
./expr_text.go:20:21:     from - (-x) (spill) at ./expr_text.go:20:21
./expr_text.go:20:21:     from ... argument (slice-literal-element) at ./expr_text.go:20:13
./expr_text.go:20:21:   flow: {heap} = {storage for ... argument}:
./expr_text.go:20:21:     from ... argument (spill) at ./expr_text.go:20:13
./expr_text.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:20:13
./expr_text.go:20:14: ! (!yes) escapes to heap:
./expr_text.go:20:14:   flow: {storage for ... argument} = &{storage for ! (!yes)}:
./expr_text.go:20:14:     from ! (!yes) (spill) at ./expr_text.go:20:14
./expr_text.go:20:14:     from ... argument (slice-literal-element) at ./expr_text.go:20:13
./expr_text.go:20:14:   flow: {heap} = {storage for ... argument}:
./expr_text.go:20:14:     from ... argument (spill) at ./expr_text.go:20:13
./expr_text.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./expr_text.go:20:13
./expr_text.go:25:70: []struct { X int; Y int }{...} escapes to heap:
./expr_text.go:25:70:   flow: {storage for []struct { X int; Y int }{...}} = &{storage for []struct { X int; Y int }{...}}:
./expr_text.go:25:70:     from []struct { X int; Y int }{...} (spill) at ./expr_text.go:25:70
./expr_text.go:25:70:     from []struct { X int; Y int }{...} (interface-converted) at ./expr_text.go:25:70
./expr_text.go:23:63: ([]byte)("hi") escapes to heap:
./expr_text.go:23:63:   flow: {storage for ([]byte)("hi")} = &{storage for ([]byte)("hi")}:
./expr_text.go:23:63:     from ([]byte)("hi") (spill) at ./expr_text.go:23:63
./expr_text.go:23:63:     from ([]byte)("hi") (interface-converted) at ./expr_text.go:23:63
./expr_text.go:23:49: Runes{...} escapes to heap:
./expr_text.go:23:49:   flow: {storage for Runes{...}} = &{storage for Runes{...}}:
./expr_text.go:23:49:     from Runes{...} (spill) at ./expr_text.go:23:49
./expr_text.go:23:49:     from Runes{...} (interface-converted) at ./expr_text.go:23:49
./expr_text.go:23:38: []rune{} escapes to heap:
./expr_text.go:23:38:   flow: {storage for []rune{}} = &{storage for []rune{}}:
./expr_text.go:23:38:     from []rune{} (spill) at ./expr_text.go:23:38
./expr_text.go:23:38:     from []rune{} (interface-converted) at ./expr_text.go:23:38
./expr_text.go:23:20: []rune{...} escapes to heap:
./expr_text.go:23:20:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./expr_text.go:23:20:     from []rune{...} (spill) at ./expr_text.go:23:20
./expr_text.go:23:20:     from []rune{...} (interface-converted) at ./expr_text.go:23:20
./expr_text.go:20:13: ... argument does not escape
./expr_text.go:20:14: ! (!yes) escapes to heap
./expr_text.go:20:21: - (-x) escapes to heap
./expr_text.go:20:27: -(^x) escapes to heap
./expr_text.go:20:32: ^(-x) escapes to heap
./expr_text.go:21:7: &Node{...} does not escape
./expr_text.go:21:27: &Node{...} does not escape
./expr_text.go:22:13: ... argument does not escape
./expr_text.go:22:23: (*n).Next.Val escapes to heap
./expr_text.go:22:41: (*(*n).Next).Val escapes to heap
./expr_text.go:22:47: *(&n.Val) escapes to heap
./expr_text.go:23:13: ... argument does not escape
./expr_text.go:23:20: []rune{...} escapes to heap
./expr_text.go:23:20: []rune{...} escapes to heap
./expr_text.go:23:38: []rune{} escapes to heap
./expr_text.go:23:38: []rune{} escapes to heap
./expr_text.go:23:49: Runes{...} escapes to heap
./expr_text.go:23:49: Runes{...} escapes to heap
./expr_text.go:23:63: ([]byte)("hi") escapes to heap
./expr_text.go:23:63: ([]byte)("hi") escapes to heap
./expr_text.go:24:20: map[struct { A string; B string }]int{...} does not escape
./expr_text.go:25:13: ... argument does not escape
./expr_text.go:25:16: am[struct { A string; B string }{...}] escapes to heap
./expr_text.go:25:42: [2]int{...} escapes to heap
./expr_text.go:25:70: []struct { X int; Y int }{...} escapes to heap
./expr_text.go:25:70: []struct { X int; Y int }{...} escapes to heap
./expr_text.go:26:37: struct { A int }{...} escapes to heap
./expr_text.go:27:13: ... argument does not escape
