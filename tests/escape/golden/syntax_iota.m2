./syntax_iota.go:61:39: x3 escapes to heap:
./syntax_iota.go:61:39:   flow: {storage for ... argument} = &{storage for x3}:
./syntax_iota.go:61:39:     from x3 (spill) at ./syntax_iota.go:61:39
./syntax_iota.go:61:39:     from ... argument (slice-literal-element) at ./syntax_iota.go:61:12
./syntax_iota.go:61:39:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:61:39:     from ... argument (spill) at ./syntax_iota.go:61:12
./syntax_iota.go:61:39:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./syntax_iota.go:61:12
./syntax_iota.go:61:35: KB escapes to heap:
./syntax_iota.go:61:35:   flow: {storage for ... argument} = &{storage for KB}:
./syntax_iota.go:61:35:     from KB (spill) at ./syntax_iota.go:61:35
./syntax_iota.go:61:35:     from ... argument (slice-literal-element) at ./syntax_iota.go:61:12
./syntax_iota.go:61:35:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:61:35:     from ... argument (spill) at ./syntax_iota.go:61:12
./syntax_iota.go:61:35:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./syntax_iota.go:61:12
./syntax_iota.go:61:27: Monday escapes to heap:
./syntax_iota.go:61:27:   flow: {storage for ... argument} = &{storage for Monday}:
./syntax_iota.go:61:27:     from Monday (spill) at ./syntax_iota.go:61:27
./syntax_iota.go:61:27:     from ... argument (slice-literal-element) at ./syntax_iota.go:61:12
./syntax_iota.go:61:27:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:61:27:     from ... argument (spill) at ./syntax_iota.go:61:12
./syntax_iota.go:61:27:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./syntax_iota.go:61:12
./syntax_iota.go:60:24: q escapes to heap:
./syntax_iota.go:60:24:   flow: {storage for ... argument} = &{storage for q}:
./syntax_iota.go:60:24:     from q (spill) at ./syntax_iota.go:60:24
./syntax_iota.go:60:24:     from ... argument (slice-literal-element) at ./syntax_iota.go:60:13
./syntax_iota.go:60:24:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:60:24:     from ... argument (spill) at ./syntax_iota.go:60:13
./syntax_iota.go:60:24:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:60:13
./syntax_iota.go:60:21: p escapes to heap:
./syntax_iota.go:60:21:   flow: {storage for ... argument} = &{storage for p}:
./syntax_iota.go:60:21:     from p (spill) at ./syntax_iota.go:60:21
./syntax_iota.go:60:21:     from ... argument (slice-literal-element) at ./syntax_iota.go:60:13
./syntax_iota.go:60:21:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:60:21:     from ... argument (spill) at ./syntax_iota.go:60:13
./syntax_iota.go:60:21:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:60:13
./syntax_iota.go:60:14: local escapes to heap:
./syntax_iota.go:60:14:   flow: {storage for ... argument} = &{storage for local}:
./syntax_iota.go:60:14:     from local (spill) at ./syntax_iota.go:60:14
./syntax_iota.go:60:14:     from ... argument (slice-literal-element) at ./syntax_iota.go:60:13
./syntax_iota.go:60:14:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:60:14:     from ... argument (spill) at ./syntax_iota.go:60:13
./syntax_iota.go:60:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:60:13
./syntax_iota.go:54:30: single escapes to heap:
./syntax_iota.go:54:30:   flow: {storage for ... argument} = &{storage for single}:
./syntax_iota.go:54:30:     from single (spill) at ./syntax_iota.go:54:30
./syntax_iota.go:54:30:     from ... argument (slice-literal-element) at ./syntax_iota.go:54:13
./syntax_iota.go:54:30:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:54:30:     from ... argument (spill) at ./syntax_iota.go:54:13
./syntax_iota.go:54:30:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:54:13
./syntax_iota.go:54:26: x3 escapes to heap:
./syntax_iota.go:54:26:   flow: {storage for ... argument} = &{storage for x3}:
./syntax_iota.go:54:26:     from x3 (spill) at ./syntax_iota.go:54:26
./syntax_iota.go:54:26:     from ... argument (slice-literal-element) at ./syntax_iota.go:54:13
./syntax_iota.go:54:26:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:54:26:     from ... argument (spill) at ./syntax_iota.go:54:13
./syntax_iota.go:54:26:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:54:13
./syntax_iota.go:54:22: x2 escapes to heap:
./syntax_iota.go:54:22:   flow: {storage for ... argument} = &{storage for x2}:
./syntax_iota.go:54:22:     from x2 (spill) at ./syntax_iota.go:54:22
./syntax_iota.go:54:22:     from ... argument (slice-literal-element) at ./syntax_iota.go:54:13
./syntax_iota.go:54:22:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:54:22:     from ... argument (spill) at ./syntax_iota.go:54:13
./syntax_iota.go:54:22:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:54:13
./syntax_iota.go:54:18: x1 escapes to heap:
./syntax_iota.go:54:18:   flow: {storage for ... argument} = &{storage for x1}:
./syntax_iota.go:54:18:     from x1 (spill) at ./syntax_iota.go:54:18
./syntax_iota.go:54:18:     from ... argument (slice-literal-element) at ./syntax_iota.go:54:13
./syntax_iota.go:54:18:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:54:18:     from ... argument (spill) at ./syntax_iota.go:54:13
./syntax_iota.go:54:18:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:54:13
./syntax_iota.go:54:14: x0 escapes to heap:
./syntax_iota.go:54:14:   flow: {storage for ... argument} = &{storage for x0}:
./syntax_iota.go:54:14:     from x0 (spill) at ./syntax_iota.go:54:14
./syntax_iota.go:54:14:     from ... argument (slice-literal-element) at ./syntax_iota.go:54:13
./syntax_iota.go:54:14:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:54:14:     from ... argument (spill) at ./syntax_iota.go:54:13
./syntax_iota.go:54:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:54:13
./syntax_iota.go:53:45: mask &^ FlagB escapes to heap:
./syntax_iota.go:53:45:   flow: {storage for ... argument} = &{storage for mask &^ FlagB}:
./syntax_iota.go:53:45:     from mask &^ FlagB (spill) at ./syntax_iota.go:53:45
./syntax_iota.go:53:45:     from ... argument (slice-literal-element) at ./syntax_iota.go:53:13
./syntax_iota.go:53:45:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:53:45:     from ... argument (spill) at ./syntax_iota.go:53:13
./syntax_iota.go:53:45:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:53:13
./syntax_iota.go:53:35: mask escapes to heap:
./syntax_iota.go:53:35:   flow: {storage for ... argument} = &{storage for mask}:
./syntax_iota.go:53:35:     from mask (spill) at ./syntax_iota.go:53:35
./syntax_iota.go:53:35:     from ... argument (slice-literal-element) at ./syntax_iota.go:53:13
./syntax_iota.go:53:35:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:53:35:     from ... argument (spill) at ./syntax_iota.go:53:13
./syntax_iota.go:53:35:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:53:13
./syntax_iota.go:53:28: FlagC escapes to heap:
./syntax_iota.go:53:28:   flow: {storage for ... argument} = &{storage for FlagC}:
./syntax_iota.go:53:28:     from FlagC (spill) at ./syntax_iota.go:53:28
./syntax_iota.go:53:28:     from ... argument (slice-literal-element) at ./syntax_iota.go:53:13
./syntax_iota.go:53:28:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:53:28:     from ... argument (spill) at ./syntax_iota.go:53:13
./syntax_iota.go:53:28:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:53:13
./syntax_iota.go:53:21: FlagB escapes to heap:
./syntax_iota.go:53:21:   flow: {storage for ... argument} = &{storage for FlagB}:
./syntax_iota.go:53:21:     from FlagB (spill) at ./syntax_iota.go:53:21
./syntax_iota.go:53:21:     from ... argument (slice-literal-element) at ./syntax_iota.go:53:13
./syntax_iota.go:53:21:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:53:21:     from ... argument (spill) at ./syntax_iota.go:53:13
./syntax_iota.go:53:21:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:53:13
./syntax_iota.go:53:14: FlagA escapes to heap:
./syntax_iota.go:53:14:   flow: {storage for ... argument} = &{storage for FlagA}:
./syntax_iota.go:53:14:     from FlagA (spill) at ./syntax_iota.go:53:14
./syntax_iota.go:53:14:     from ... argument (slice-literal-element) at ./syntax_iota.go:53:13
./syntax_iota.go:53:14:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:53:14:     from ... argument (spill) at ./syntax_iota.go:53:13
./syntax_iota.go:53:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:53:13
./syntax_iota.go:52:35: h escapes to heap:
./syntax_iota.go:52:35:   flow: {storage for ... argument} = &{storage for h}:
./syntax_iota.go:52:35:     from h (spill) at ./syntax_iota.go:52:35
./syntax_iota.go:52:35:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:35:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:35:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:35:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:52:32: g escapes to heap:
./syntax_iota.go:52:32:   flow: {storage for ... argument} = &{storage for g}:
./syntax_iota.go:52:32:     from g (spill) at ./syntax_iota.go:52:32
./syntax_iota.go:52:32:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:32:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:32:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:32:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:52:29: f escapes to heap:
./syntax_iota.go:52:29:   flow: {storage for ... argument} = &{storage for f}:
./syntax_iota.go:52:29:     from f (spill) at ./syntax_iota.go:52:29
./syntax_iota.go:52:29:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:29:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:29:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:29:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:52:26: e escapes to heap:
./syntax_iota.go:52:26:   flow: {storage for ... argument} = &{storage for e}:
./syntax_iota.go:52:26:     from e (spill) at ./syntax_iota.go:52:26
./syntax_iota.go:52:26:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:26:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:26:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:26:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:52:23: d escapes to heap:
./syntax_iota.go:52:23:   flow: {storage for ... argument} = &{storage for d}:
./syntax_iota.go:52:23:     from d (spill) at ./syntax_iota.go:52:23
./syntax_iota.go:52:23:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:23:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:23:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:23:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:52:20: c escapes to heap:
./syntax_iota.go:52:20:   flow: {storage for ... argument} = &{storage for c}:
./syntax_iota.go:52:20:     from c (spill) at ./syntax_iota.go:52:20
./syntax_iota.go:52:20:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:20:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:20:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:20:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:52:17: b escapes to heap:
./syntax_iota.go:52:17:   flow: {storage for ... argument} = &{storage for b}:
./syntax_iota.go:52:17:     from b (spill) at ./syntax_iota.go:52:17
./syntax_iota.go:52:17:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:17:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:17:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:52:14: a escapes to heap:
./syntax_iota.go:52:14:   flow: {storage for ... argument} = &{storage for a}:
./syntax_iota.go:52:14:     from a (spill) at ./syntax_iota.go:52:14
./syntax_iota.go:52:14:     from ... argument (slice-literal-element) at ./syntax_iota.go:52:13
./syntax_iota.go:52:14:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:52:14:     from ... argument (spill) at ./syntax_iota.go:52:13
./syntax_iota.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:52:13
./syntax_iota.go:51:22: GB escapes to heap:
./syntax_iota.go:51:22:   flow: {storage for ... argument} = &{storage for GB}:
./syntax_iota.go:51:22:     from GB (spill) at ./syntax_iota.go:51:22
./syntax_iota.go:51:22:     from ... argument (slice-literal-element) at ./syntax_iota.go:51:13
./syntax_iota.go:51:22:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:51:22:     from ... argument (spill) at ./syntax_iota.go:51:13
./syntax_iota.go:51:22:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:51:13
./syntax_iota.go:51:18: MB escapes to heap:
./syntax_iota.go:51:18:   flow: {storage for ... argument} = &{storage for MB}:
./syntax_iota.go:51:18:     from MB (spill) at ./syntax_iota.go:51:18
./syntax_iota.go:51:18:     from ... argument (slice-literal-element) at ./syntax_iota.go:51:13
./syntax_iota.go:51:18:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:51:18:     from ... argument (spill) at ./syntax_iota.go:51:13
./syntax_iota.go:51:18:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:51:13
./syntax_iota.go:51:14: KB escapes to heap:
./syntax_iota.go:51:14:   flow: {storage for ... argument} = &{storage for KB}:
./syntax_iota.go:51:14:     from KB (spill) at ./syntax_iota.go:51:14
./syntax_iota.go:51:14:     from ... argument (slice-literal-element) at ./syntax_iota.go:51:13
./syntax_iota.go:51:14:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:51:14:     from ... argument (spill) at ./syntax_iota.go:51:13
./syntax_iota.go:51:14:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:51:13
./syntax_iota.go:50:57: int(Thursday) escapes to heap:
./syntax_iota.go:50:57:   flow: {storage for ... argument} = &{storage for int(Thursday)}:
./syntax_iota.go:50:57:     from int(Thursday) (spill) at ./syntax_iota.go:50:57
./syntax_iota.go:50:57:     from ... argument (slice-literal-element) at ./syntax_iota.go:50:13
./syntax_iota.go:50:57:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:50:57:     from ... argument (spill) at ./syntax_iota.go:50:13
./syntax_iota.go:50:57:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:50:13
./syntax_iota.go:50:43: int(Tuesday) escapes to heap:
./syntax_iota.go:50:43:   flow: {storage for ... argument} = &{storage for int(Tuesday)}:
./syntax_iota.go:50:43:     from int(Tuesday) (spill) at ./syntax_iota.go:50:43
./syntax_iota.go:50:43:     from ... argument (slice-literal-element) at ./syntax_iota.go:50:13
./syntax_iota.go:50:43:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:50:43:     from ... argument (spill) at ./syntax_iota.go:50:13
./syntax_iota.go:50:43:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:50:13
./syntax_iota.go:50:30: int(Monday) escapes to heap:
./syntax_iota.go:50:30:   flow: {storage for ... argument} = &{storage for int(Monday)}:
./syntax_iota.go:50:30:     from int(Monday) (spill) at ./syntax_iota.go:50:30
./syntax_iota.go:50:30:     from ... argument (slice-literal-element) at ./syntax_iota.go:50:13
./syntax_iota.go:50:30:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:50:30:     from ... argument (spill) at ./syntax_iota.go:50:13
./syntax_iota.go:50:30:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:50:13
./syntax_iota.go:50:17: int(Sunday) escapes to heap:
./syntax_iota.go:50:17:   flow: {storage for ... argument} = &{storage for int(Sunday)}:
./syntax_iota.go:50:17:     from int(Sunday) (spill) at ./syntax_iota.go:50:17
./syntax_iota.go:50:17:     from ... argument (slice-literal-element) at ./syntax_iota.go:50:13
./syntax_iota.go:50:17:   flow: {heap} = {storage for ... argument}:
./syntax_iota.go:50:17:     from ... argument (spill) at ./syntax_iota.go:50:13
./syntax_iota.go:50:17:     from fmt.Println(... argument...) (call parameter) at ./syntax_iota.go:50:13
./syntax_iota.go:50:13: ... argument does not escape
./syntax_iota.go:50:17: int(Sunday) escapes to heap
./syntax_iota.go:50:30: int(Monday) escapes to heap
./syntax_iota.go:50:43: int(Tuesday) escapes to heap
./syntax_iota.go:50:57: int(Thursday) escapes to heap
./syntax_iota.go:51:13: ... argument does not escape
./syntax_iota.go:51:14: KB escapes to heap
./syntax_iota.go:51:18: MB escapes to heap
./syntax_iota.go:51:22: GB escapes to heap
./syntax_iota.go:52:13: ... argument does not escape
./syntax_iota.go:52:14: a escapes to heap
./syntax_iota.go:52:17: b escapes to heap
./syntax_iota.go:52:20: c escapes to heap
./syntax_iota.go:52:23: d escapes to heap
./syntax_iota.go:52:26: e escapes to heap
./syntax_iota.go:52:29: f escapes to heap
./syntax_iota.go:52:32: g escapes to heap
./syntax_iota.go:52:35: h escapes to heap
./syntax_iota.go:53:13: ... argument does not escape
./syntax_iota.go:53:14: FlagA escapes to heap
./syntax_iota.go:53:21: FlagB escapes to heap
./syntax_iota.go:53:28: FlagC escapes to heap
./syntax_iota.go:53:35: mask escapes to heap
./syntax_iota.go:53:45: mask &^ FlagB escapes to heap
./syntax_iota.go:54:13: ... argument does not escape
./syntax_iota.go:54:14: x0 escapes to heap
./syntax_iota.go:54:18: x1 escapes to heap
./syntax_iota.go:54:22: x2 escapes to heap
./syntax_iota.go:54:26: x3 escapes to heap
./syntax_iota.go:54:30: single escapes to heap
./syntax_iota.go:60:13: ... argument does not escape
./syntax_iota.go:60:14: local escapes to heap
./syntax_iota.go:60:21: p escapes to heap
./syntax_iota.go:60:24: q escapes to heap
./syntax_iota.go:61:12: ... argument does not escape
./syntax_iota.go:61:27: Monday escapes to heap
./syntax_iota.go:61:35: KB escapes to heap
./syntax_iota.go:61:39: x3 escapes to heap
