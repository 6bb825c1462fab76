./array_zero_values.go:31:13: partial escapes to heap:
./array_zero_values.go:31:13:   flow: {storage for ... argument} = &{storage for partial}:
./array_zero_values.go:31:13:     from partial (spill) at ./array_zero_values.go:31:13
./array_zero_values.go:31:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:31:13
./array_zero_values.go:31:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:31:13:     from ... argument (spill) at ./array_zero_values.go:31:13
./array_zero_values.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:31:13
./array_zero_values.go:28:28: len(e[1]) escapes to heap:
./array_zero_values.go:28:28:   flow: {storage for ... argument} = &{storage for len(e[1])}:
./array_zero_values.go:28:28:     from len(e[1]) (spill) at ./array_zero_values.go:28:28
./array_zero_values.go:28:28:     from ... argument (slice-literal-element) at ./array_zero_values.go:28:13
./array_zero_values.go:28:28:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:28:28:     from ... argument (spill) at ./array_zero_values.go:28:13
./array_zero_values.go:28:28:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:28:13
./array_zero_values.go:28:17: len(f[0]) escapes to heap:
./array_zero_values.go:28:17:   flow: {storage for ... argument} = &{storage for len(f[0])}:
./array_zero_values.go:28:17:     from len(f[0]) (spill) at ./array_zero_values.go:28:17
./array_zero_values.go:28:17:     from ... argument (slice-literal-element) at ./array_zero_values.go:28:13
./array_zero_values.go:28:17:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:28:17:     from ... argument (spill) at ./array_zero_values.go:28:13
./array_zero_values.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:28:13
./array_zero_values.go:27:60: h[1].C == nil escapes to heap:
./array_zero_values.go:27:60:   flow: {storage for ... argument} = &{storage for h[1].C == nil}:
./array_zero_values.go:27:60:     from h[1].C == nil (spill) at ./array_zero_values.go:27:60
./array_zero_values.go:27:60:     from ... argument (slice-literal-element) at ./array_zero_values.go:27:13
./array_zero_values.go:27:60:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:27:60:     from ... argument (spill) at ./array_zero_values.go:27:13
./array_zero_values.go:27:60:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:27:13
./array_zero_values.go:27:45: g[0] == nil escapes to heap:
./array_zero_values.go:27:45:   flow: {storage for ... argument} = &{storage for g[0] == nil}:
./array_zero_values.go:27:45:     from g[0] == nil (spill) at ./array_zero_values.go:27:45
./array_zero_values.go:27:45:     from ... argument (slice-literal-element) at ./array_zero_values.go:27:13
./array_zero_values.go:27:45:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:27:45:     from ... argument (spill) at ./array_zero_values.go:27:13
./array_zero_values.go:27:45:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:27:13
./array_zero_values.go:27:32: f[1] == nil escapes to heap:
./array_zero_values.go:27:32:   flow: {storage for ... argument} = &{storage for f[1] == nil}:
./array_zero_values.go:27:32:     from f[1] == nil (spill) at ./array_zero_values.go:27:32
./array_zero_values.go:27:32:     from ... argument (slice-literal-element) at ./array_zero_values.go:27:13
./array_zero_values.go:27:32:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:27:32:     from ... argument (spill) at ./array_zero_values.go:27:13
./array_zero_values.go:27:32:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:27:13
./array_zero_values.go:27:19: e[0] == nil escapes to heap:
./array_zero_values.go:27:19:   flow: {storage for ... argument} = &{storage for e[0] == nil}:
./array_zero_values.go:27:19:     from e[0] == nil (spill) at ./array_zero_values.go:27:19
./array_zero_values.go:27:19:     from ... argument (slice-literal-element) at ./array_zero_values.go:27:13
./array_zero_values.go:27:19:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:27:19:     from ... argument (spill) at ./array_zero_values.go:27:13
./array_zero_values.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:27:13
./array_zero_values.go:26:13: b escapes to heap:
./array_zero_values.go:26:13:   flow: {storage for ... argument} = &{storage for b}:
./array_zero_values.go:26:13:     from b (spill) at ./array_zero_values.go:26:13
./array_zero_values.go:26:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:26:12
./array_zero_values.go:26:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:26:13:     from ... argument (spill) at ./array_zero_values.go:26:12
./array_zero_values.go:26:13:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./array_zero_values.go:26:12
./array_zero_values.go:25:13: j escapes to heap:
./array_zero_values.go:25:13:   flow: {storage for ... argument} = &{storage for j}:
./array_zero_values.go:25:13:     from j (spill) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:25:13:     from ... argument (spill) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13: i escapes to heap:
./array_zero_values.go:25:13:   flow: {storage for ... argument} = &{storage for i}:
./array_zero_values.go:25:13:     from i (spill) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:25:13:     from ... argument (spill) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13: h escapes to heap:
./array_zero_values.go:25:13:   flow: {storage for ... argument} = &{storage for h}:
./array_zero_values.go:25:13:     from h (spill) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:25:13:     from ... argument (spill) at ./array_zero_values.go:25:13
./array_zero_values.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:25:13
./array_zero_values.go:24:13: g escapes to heap:
./array_zero_values.go:24:13:   flow: {storage for ... argument} = &{storage for g}:
./array_zero_values.go:24:13:     from g (spill) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:24:13:     from ... argument (spill) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13: f escapes to heap:
./array_zero_values.go:24:13:   flow: {storage for ... argument} = &{storage for f}:
./array_zero_values.go:24:13:     from f (spill) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:24:13:     from ... argument (spill) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13: e escapes to heap:
./array_zero_values.go:24:13:   flow: {storage for ... argument} = &{storage for e}:
./array_zero_values.go:24:13:     from e (spill) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:24:13:     from ... argument (spill) at ./array_zero_values.go:24:13
./array_zero_values.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:24:13
./array_zero_values.go:23:13: d escapes to heap:
./array_zero_values.go:23:13:   flow: {storage for ... argument} = &{storage for d}:
./array_zero_values.go:23:13:     from d (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:23:13:     from ... argument (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13: c escapes to heap:
./array_zero_values.go:23:13:   flow: {storage for ... argument} = &{storage for c}:
./array_zero_values.go:23:13:     from c (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:23:13:     from ... argument (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13: b escapes to heap:
./array_zero_values.go:23:13:   flow: {storage for ... argument} = &{storage for b}:
./array_zero_values.go:23:13:     from b (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:23:13:     from ... argument (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13: a escapes to heap:
./array_zero_values.go:23:13:   flow: {storage for ... argument} = &{storage for a}:
./array_zero_values.go:23:13:     from a (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from ... argument (slice-literal-element) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:   flow: {heap} = {storage for ... argument}:
./array_zero_values.go:23:13:     from ... argument (spill) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./array_zero_values.go:23:13
./array_zero_values.go:23:13: ... argument does not escape
./array_zero_values.go:23:13: a escapes to heap
./array_zero_values.go:23:13: b escapes to heap
./array_zero_values.go:23:13: c escapes to heap
./array_zero_values.go:23:13: d escapes to heap
./array_zero_values.go:24:13: ... argument does not escape
./array_zero_values.go:24:13: e escapes to heap
./array_zero_values.go:24:13: f escapes to heap
./array_zero_values.go:24:13: g escapes to heap
./array_zero_values.go:25:13: ... argument does not escape
./array_zero_values.go:25:13: h escapes to heap
./array_zero_values.go:25:13: i escapes to heap
./array_zero_values.go:25:13: j escapes to heap
./array_zero_values.go:26:12: ... argument does not escape
./array_zero_values.go:26:13: b escapes to heap
./array_zero_values.go:27:13: ... argument does not escape
./array_zero_values.go:27:19: e[0] == nil escapes to heap
./array_zero_values.go:27:32: f[1] == nil escapes to heap
./array_zero_values.go:27:45: g[0] == nil escapes to heap
./array_zero_values.go:27:60: h[1].C == nil escapes to heap
./array_zero_values.go:28:13: ... argument does not escape
./array_zero_values.go:28:17: len(f[0]) escapes to heap
./array_zero_values.go:28:28: len(e[1]) escapes to heap
./array_zero_values.go:31:13: ... argument does not escape
./array_zero_values.go:31:13: partial escapes to heap
