./array_keyed_literal.go:31:13: s escapes to heap:
./array_keyed_literal.go:31:13:   flow: {storage for ... argument} = &{storage for s}:
./array_keyed_literal.go:31:13:     from s (spill) at ./array_keyed_literal.go:31:13
./array_keyed_literal.go:31:13:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:31:12
./array_keyed_literal.go:31:13:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:31:13:     from ... argument (spill) at ./array_keyed_literal.go:31:12
./array_keyed_literal.go:31:13:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./array_keyed_literal.go:31:12
./array_keyed_literal.go:30:25: cap(s) escapes to heap:
./array_keyed_literal.go:30:25:   flow: {storage for ... argument} = &{storage for cap(s)}:
./array_keyed_literal.go:30:25:     from cap(s) (spill) at ./array_keyed_literal.go:30:25
./array_keyed_literal.go:30:25:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:30:13
./array_keyed_literal.go:30:25:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:30:25:     from ... argument (spill) at ./array_keyed_literal.go:30:13
./array_keyed_literal.go:30:25:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:30:13
./array_keyed_literal.go:30:17: len(s) escapes to heap:
./array_keyed_literal.go:30:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./array_keyed_literal.go:30:17:     from len(s) (spill) at ./array_keyed_literal.go:30:17
./array_keyed_literal.go:30:17:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:30:13
./array_keyed_literal.go:30:17:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:30:17:     from ... argument (spill) at ./array_keyed_literal.go:30:13
./array_keyed_literal.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:30:13
./array_keyed_literal.go:27:13: nested escapes to heap:
./array_keyed_literal.go:27:13:   flow: {storage for ... argument} = &{storage for nested}:
./array_keyed_literal.go:27:13:     from nested (spill) at ./array_keyed_literal.go:27:13
./array_keyed_literal.go:27:13:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:27:13
./array_keyed_literal.go:27:13:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:27:13:     from ... argument (spill) at ./array_keyed_literal.go:27:13
./array_keyed_literal.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:27:13
./array_keyed_literal.go:24:13: sq escapes to heap:
./array_keyed_literal.go:24:13:   flow: {storage for ... argument} = &{storage for sq}:
./array_keyed_literal.go:24:13:     from sq (spill) at ./array_keyed_literal.go:24:13
./array_keyed_literal.go:24:13:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:24:13
./array_keyed_literal.go:24:13:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:24:13:     from ... argument (spill) at ./array_keyed_literal.go:24:13
./array_keyed_literal.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:24:13
./array_keyed_literal.go:21:13: b escapes to heap:
./array_keyed_literal.go:21:13:   flow: {storage for ... argument} = &{storage for b}:
./array_keyed_literal.go:21:13:     from b (spill) at ./array_keyed_literal.go:21:13
./array_keyed_literal.go:21:13:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:21:13
./array_keyed_literal.go:21:13:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:21:13:     from ... argument (spill) at ./array_keyed_literal.go:21:13
./array_keyed_literal.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:21:13
./array_keyed_literal.go:18:17: a escapes to heap:
./array_keyed_literal.go:18:17:   flow: {storage for ... argument} = &{storage for a}:
./array_keyed_literal.go:18:17:     from a (spill) at ./array_keyed_literal.go:18:17
./array_keyed_literal.go:18:17:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:18:13
./array_keyed_literal.go:18:17:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:18:17:     from ... argument (spill) at ./array_keyed_literal.go:18:13
./array_keyed_literal.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:18:13
./array_keyed_literal.go:18:17: len(a) escapes to heap:
./array_keyed_literal.go:18:17:   flow: {storage for ... argument} = &{storage for len(a)}:
./array_keyed_literal.go:18:17:     from len(a) (spill) at ./array_keyed_literal.go:18:17
./array_keyed_literal.go:18:17:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:18:13
./array_keyed_literal.go:18:17:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:18:17:     from ... argument (spill) at ./array_keyed_literal.go:18:13
./array_keyed_literal.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:18:13
./array_keyed_literal.go:15:17: names escapes to heap:
./array_keyed_literal.go:15:17:   flow: {storage for ... argument} = &{storage for names}:
./array_keyed_literal.go:15:17:     from names (spill) at ./array_keyed_literal.go:15:17
./array_keyed_literal.go:15:17:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:15:13
./array_keyed_literal.go:15:17:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:15:17:     from ... argument (spill) at ./array_keyed_literal.go:15:13
./array_keyed_literal.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:15:13
./array_keyed_literal.go:15:17: len(names) escapes to heap:
./array_keyed_literal.go:15:17:   flow: {storage for ... argument} = &{storage for len(names)}:
./array_keyed_literal.go:15:17:     from len(names) (spill) at ./array_keyed_literal.go:15:17
./array_keyed_literal.go:15:17:     from ... argument (slice-literal-element) at ./array_keyed_literal.go:15:13
./array_keyed_literal.go:15:17:   flow: {heap} = {storage for ... argument}:
./array_keyed_literal.go:15:17:     from ... argument (spill) at ./array_keyed_literal.go:15:13
./array_keyed_literal.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./array_keyed_literal.go:15:13
./array_keyed_literal.go:29:15: []string{...} escapes to heap:
./array_keyed_literal.go:29:15:   flow: s = &{storage for []string{...}}:
./array_keyed_literal.go:29:15:     from []string{...} (spill) at ./array_keyed_literal.go:29:15
./array_keyed_literal.go:29:15:     from s := []string{...} (assign) at ./array_keyed_literal.go:29:4
./array_keyed_literal.go:29:15:   flow: {storage for s} = s:
./array_keyed_literal.go:29:15:     from s (interface-converted) at ./array_keyed_literal.go:31:13
./array_keyed_literal.go:15:13: ... argument does not escape
./array_keyed_literal.go:15:17: len(names) escapes to heap
./array_keyed_literal.go:15:17: names escapes to heap
./array_keyed_literal.go:18:13: ... argument does not escape
./array_keyed_literal.go:18:17: len(a) escapes to heap
./array_keyed_literal.go:18:17: a escapes to heap
./array_keyed_literal.go:21:13: ... argument does not escape
./array_keyed_literal.go:21:13: b escapes to heap
./array_keyed_literal.go:24:13: ... argument does not escape
./array_keyed_literal.go:24:13: sq escapes to heap
./array_keyed_literal.go:27:13: ... argument does not escape
./array_keyed_literal.go:27:13: nested escapes to heap
./array_keyed_literal.go:29:15: []string{...} escapes to heap
./array_keyed_literal.go:30:13: ... argument does not escape
./array_keyed_literal.go:30:17: len(s) escapes to heap
./array_keyed_literal.go:30:25: cap(s) escapes to heap
./array_keyed_literal.go:31:12: ... argument does not escape
./array_keyed_literal.go:31:13: s escapes to heap
