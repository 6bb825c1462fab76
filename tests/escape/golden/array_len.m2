./array_len.go:31:28: arr2 escapes to heap:
./array_len.go:31:28:   flow: {storage for ... argument} = &{storage for arr2}:
./array_len.go:31:28:     from arr2 (spill) at ./array_len.go:31:28
./array_len.go:31:28:     from ... argument (slice-literal-element) at ./array_len.go:31:13
./array_len.go:31:28:   flow: {heap} = {storage for ... argument}:
./array_len.go:31:28:     from ... argument (spill) at ./array_len.go:31:13
./array_len.go:31:28:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:31:13
./array_len.go:31:28: len(arr2[0]) escapes to heap:
./array_len.go:31:28:   flow: {storage for ... argument} = &{storage for len(arr2[0])}:
./array_len.go:31:28:     from len(arr2[0]) (spill) at ./array_len.go:31:28
./array_len.go:31:28:     from ... argument (slice-literal-element) at ./array_len.go:31:13
./array_len.go:31:28:   flow: {heap} = {storage for ... argument}:
./array_len.go:31:28:     from ... argument (spill) at ./array_len.go:31:13
./array_len.go:31:28:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:31:13
./array_len.go:31:17: len(arr2) escapes to heap:
./array_len.go:31:17:   flow: {storage for ... argument} = &{storage for len(arr2)}:
./array_len.go:31:17:     from len(arr2) (spill) at ./array_len.go:31:17
./array_len.go:31:17:     from ... argument (slice-literal-element) at ./array_len.go:31:13
./array_len.go:31:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:31:17:     from ... argument (spill) at ./array_len.go:31:13
./array_len.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:31:13
./array_len.go:28:17: empty escapes to heap:
./array_len.go:28:17:   flow: {storage for ... argument} = &{storage for empty}:
./array_len.go:28:17:     from empty (spill) at ./array_len.go:28:17
./array_len.go:28:17:     from ... argument (slice-literal-element) at ./array_len.go:28:13
./array_len.go:28:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:28:17:     from ... argument (spill) at ./array_len.go:28:13
./array_len.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:28:13
./array_len.go:28:17: len(empty) escapes to heap:
./array_len.go:28:17:   flow: {storage for ... argument} = &{storage for len(empty)}:
./array_len.go:28:17:     from len(empty) (spill) at ./array_len.go:28:17
./array_len.go:28:17:     from ... argument (slice-literal-element) at ./array_len.go:28:13
./array_len.go:28:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:28:17:     from ... argument (spill) at ./array_len.go:28:13
./array_len.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:28:13
./array_len.go:25:27: big[999] escapes to heap:
./array_len.go:25:27:   flow: {storage for ... argument} = &{storage for big[999]}:
./array_len.go:25:27:     from big[999] (spill) at ./array_len.go:25:27
./array_len.go:25:27:     from ... argument (slice-literal-element) at ./array_len.go:25:13
./array_len.go:25:27:   flow: {heap} = {storage for ... argument}:
./array_len.go:25:27:     from ... argument (spill) at ./array_len.go:25:13
./array_len.go:25:27:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:25:13
./array_len.go:25:17: len(big) escapes to heap:
./array_len.go:25:17:   flow: {storage for ... argument} = &{storage for len(big)}:
./array_len.go:25:17:     from len(big) (spill) at ./array_len.go:25:17
./array_len.go:25:17:     from ... argument (slice-literal-element) at ./array_len.go:25:13
./array_len.go:25:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:25:17:     from ... argument (spill) at ./array_len.go:25:13
./array_len.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:25:13
./array_len.go:22:25: cap(p) escapes to heap:
./array_len.go:22:25:   flow: {storage for ... argument} = &{storage for cap(p)}:
./array_len.go:22:25:     from cap(p) (spill) at ./array_len.go:22:25
./array_len.go:22:25:     from ... argument (slice-literal-element) at ./array_len.go:22:13
./array_len.go:22:25:   flow: {heap} = {storage for ... argument}:
./array_len.go:22:25:     from ... argument (spill) at ./array_len.go:22:13
./array_len.go:22:25:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:22:13
./array_len.go:22:17: len(p) escapes to heap:
./array_len.go:22:17:   flow: {storage for ... argument} = &{storage for len(p)}:
./array_len.go:22:17:     from len(p) (spill) at ./array_len.go:22:17
./array_len.go:22:17:     from ... argument (slice-literal-element) at ./array_len.go:22:13
./array_len.go:22:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:22:17:     from ... argument (spill) at ./array_len.go:22:13
./array_len.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:22:13
./array_len.go:19:20: len(global) escapes to heap:
./array_len.go:19:20:   flow: {storage for ... argument} = &{storage for len(global)}:
./array_len.go:19:20:     from len(global) (spill) at ./array_len.go:19:20
./array_len.go:19:20:     from ... argument (slice-literal-element) at ./array_len.go:19:13
./array_len.go:19:20:   flow: {heap} = {storage for ... argument}:
./array_len.go:19:20:     from ... argument (spill) at ./array_len.go:19:13
./array_len.go:19:20:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:19:13
./array_len.go:19:14: n escapes to heap:
./array_len.go:19:14:   flow: {storage for ... argument} = &{storage for n}:
./array_len.go:19:14:     from n (spill) at ./array_len.go:19:14
./array_len.go:19:14:     from ... argument (slice-literal-element) at ./array_len.go:19:13
./array_len.go:19:14:   flow: {heap} = {storage for ... argument}:
./array_len.go:19:14:     from ... argument (spill) at ./array_len.go:19:13
./array_len.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:19:13
./array_len.go:18:17: c escapes to heap:
./array_len.go:18:17:   flow: {storage for ... argument} = &{storage for c}:
./array_len.go:18:17:     from c (spill) at ./array_len.go:18:17
./array_len.go:18:17:     from ... argument (slice-literal-element) at ./array_len.go:18:13
./array_len.go:18:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:18:17:     from ... argument (spill) at ./array_len.go:18:13
./array_len.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:18:13
./array_len.go:18:17: len(c) escapes to heap:
./array_len.go:18:17:   flow: {storage for ... argument} = &{storage for len(c)}:
./array_len.go:18:17:     from len(c) (spill) at ./array_len.go:18:17
./array_len.go:18:17:     from ... argument (slice-literal-element) at ./array_len.go:18:13
./array_len.go:18:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:18:17:     from ... argument (spill) at ./array_len.go:18:13
./array_len.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:18:13
./array_len.go:17:13: b escapes to heap:
./array_len.go:17:13:   flow: {storage for ... argument} = &{storage for b}:
./array_len.go:17:13:     from b (spill) at ./array_len.go:17:13
./array_len.go:17:13:     from ... argument (slice-literal-element) at ./array_len.go:17:12
./array_len.go:17:13:   flow: {heap} = {storage for ... argument}:
./array_len.go:17:13:     from ... argument (spill) at ./array_len.go:17:12
./array_len.go:17:13:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./array_len.go:17:12
./array_len.go:16:17: b escapes to heap:
./array_len.go:16:17:   flow: {storage for ... argument} = &{storage for b}:
./array_len.go:16:17:     from b (spill) at ./array_len.go:16:17
./array_len.go:16:17:     from ... argument (slice-literal-element) at ./array_len.go:16:13
./array_len.go:16:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:16:17:     from ... argument (spill) at ./array_len.go:16:13
./array_len.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:16:13
./array_len.go:16:17: len(b) escapes to heap:
./array_len.go:16:17:   flow: {storage for ... argument} = &{storage for len(b)}:
./array_len.go:16:17:     from len(b) (spill) at ./array_len.go:16:17
./array_len.go:16:17:     from ... argument (slice-literal-element) at ./array_len.go:16:13
./array_len.go:16:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:16:17:     from ... argument (spill) at ./array_len.go:16:13
./array_len.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:16:13
./array_len.go:15:25: a escapes to heap:
./array_len.go:15:25:   flow: {storage for ... argument} = &{storage for a}:
./array_len.go:15:25:     from a (spill) at ./array_len.go:15:25
./array_len.go:15:25:     from ... argument (slice-literal-element) at ./array_len.go:15:13
./array_len.go:15:25:   flow: {heap} = {storage for ... argument}:
./array_len.go:15:25:     from ... argument (spill) at ./array_len.go:15:13
./array_len.go:15:25:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:15:13
./array_len.go:15:25: cap(a) escapes to heap:
./array_len.go:15:25:   flow: {storage for ... argument} = &{storage for cap(a)}:
./array_len.go:15:25:     from cap(a) (spill) at ./array_len.go:15:25
./array_len.go:15:25:     from ... argument (slice-literal-element) at ./array_len.go:15:13
./array_len.go:15:25:   flow: {heap} = {storage for ... argument}:
./array_len.go:15:25:     from ... argument (spill) at ./array_len.go:15:13
./array_len.go:15:25:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:15:13
./array_len.go:15:17: len(a) escapes to heap:
./array_len.go:15:17:   flow: {storage for ... argument} = &{storage for len(a)}:
./array_len.go:15:17:     from len(a) (spill) at ./array_len.go:15:17
./array_len.go:15:17:     from ... argument (slice-literal-element) at ./array_len.go:15:13
./array_len.go:15:17:   flow: {heap} = {storage for ... argument}:
./array_len.go:15:17:     from ... argument (spill) at ./array_len.go:15:13
./array_len.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./array_len.go:15:13
./array_len.go:15:13: ... argument does not escape
./array_len.go:15:17: len(a) escapes to heap
./array_len.go:15:25: cap(a) escapes to heap
./array_len.go:15:25: a escapes to heap
./array_len.go:16:13: ... argument does not escape
./array_len.go:16:17: len(b) escapes to heap
./array_len.go:16:17: b escapes to heap
./array_len.go:17:12: ... argument does not escape
./array_len.go:17:13: b escapes to heap
./array_len.go:18:13: ... argument does not escape
./array_len.go:18:17: len(c) escapes to heap
./array_len.go:18:17: c escapes to heap
./array_len.go:19:13: ... argument does not escape
./array_len.go:19:14: n escapes to heap
./array_len.go:19:20: len(global) escapes to heap
./array_len.go:22:13: ... argument does not escape
./array_len.go:22:17: len(p) escapes to heap
./array_len.go:22:25: cap(p) escapes to heap
./array_len.go:25:13: ... argument does not escape
./array_len.go:25:17: len(big) escapes to heap
./array_len.go:25:27: big[999] escapes to heap
./array_len.go:28:13: ... argument does not escape
./array_len.go:28:17: len(empty) escapes to heap
./array_len.go:28:17: empty escapes to heap
./array_len.go:31:13: ... argument does not escape
./array_len.go:31:17: len(arr2) escapes to heap
./array_len.go:31:28: len(arr2[0]) escapes to heap
./array_len.go:31:28: arr2 escapes to heap
