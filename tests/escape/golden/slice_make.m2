./slice_make.go:26:14: make([]int, i + 1) escapes to heap:
./slice_make.go:26:14:   flow: {heap} = &{storage for make([]int, i + 1)}:
./slice_make.go:26:14:     from make([]int, i + 1) (spill) at ./slice_make.go:26:14
./slice_make.go:26:14:     from e[i] = make([]int, i + 1) (assign) at ./slice_make.go:26:8
./slice_make.go:20:11: make([]float64, n, n * 2) escapes to heap:
./slice_make.go:20:11:   flow: {heap} = &{storage for make([]float64, n, n * 2)}:
./slice_make.go:20:11:     from make([]float64, n, n * 2) (non-constant size) at ./slice_make.go:20:11
./slice_make.go:26:14: make([]int, i + 1) escapes to heap:
./slice_make.go:26:14:   flow: {heap} = &{storage for make([]int, i + 1)}:
./slice_make.go:26:14:     from make([]int, i + 1) (non-constant size) at ./slice_make.go:26:14
./slice_make.go:43:11: make([]byte, sz) escapes to heap:
./slice_make.go:43:11:   flow: {heap} = &{storage for make([]byte, sz)}:
./slice_make.go:43:11:     from make([]byte, sz) (non-constant size) at ./slice_make.go:43:11
./slice_make.go:47:32: z == nil escapes to heap:
./slice_make.go:47:32:   flow: {storage for ... argument} = &{storage for z == nil}:
./slice_make.go:47:32:     from z == nil (spill) at ./slice_make.go:47:32
./slice_make.go:47:32:     from ... argument (slice-literal-element) at ./slice_make.go:47:13
./slice_make.go:47:32:   flow: {heap} = {storage for ... argument}:
./slice_make.go:47:32:     from ... argument (spill) at ./slice_make.go:47:13
./slice_make.go:47:32:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:47:13
./slice_make.go:47:25: cap(z) escapes to heap:
./slice_make.go:47:25:   flow: {storage for ... argument} = &{storage for cap(z)}:
./slice_make.go:47:25:     from cap(z) (spill) at ./slice_make.go:47:25
./slice_make.go:47:25:     from ... argument (slice-literal-element) at ./slice_make.go:47:13
./slice_make.go:47:25:   flow: {heap} = {storage for ... argument}:
./slice_make.go:47:25:     from ... argument (spill) at ./slice_make.go:47:13
./slice_make.go:47:25:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:47:13
./slice_make.go:47:17: len(z) escapes to heap:
./slice_make.go:47:17:   flow: {storage for ... argument} = &{storage for len(z)}:
./slice_make.go:47:17:     from len(z) (spill) at ./slice_make.go:47:17
./slice_make.go:47:17:     from ... argument (slice-literal-element) at ./slice_make.go:47:13
./slice_make.go:47:17:   flow: {heap} = {storage for ... argument}:
./slice_make.go:47:17:     from ... argument (spill) at ./slice_make.go:47:13
./slice_make.go:47:17:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:47:13
./slice_make.go:44:20: len(h) escapes to heap:
./slice_make.go:44:20:   flow: {storage for ... argument} = &{storage for len(h)}:
./slice_make.go:44:20:     from len(h) (spill) at ./slice_make.go:44:20
./slice_make.go:44:20:     from ... argument (slice-literal-element) at ./slice_make.go:44:13
./slice_make.go:44:20:   flow: {heap} = {storage for ... argument}:
./slice_make.go:44:20:     from ... argument (spill) at ./slice_make.go:44:13
./slice_make.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:44:13
./slice_make.go:44:13: h escapes to heap:
./slice_make.go:44:13:   flow: {storage for ... argument} = &{storage for h}:
./slice_make.go:44:13:     from h (spill) at ./slice_make.go:44:13
./slice_make.go:44:13:     from ... argument (slice-literal-element) at ./slice_make.go:44:13
./slice_make.go:44:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:44:13:     from ... argument (spill) at ./slice_make.go:44:13
./slice_make.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:44:13
./slice_make.go:40:13: g escapes to heap:
./slice_make.go:40:13:   flow: {storage for ... argument} = &{storage for g}:
./slice_make.go:40:13:     from g (spill) at ./slice_make.go:40:13
./slice_make.go:40:13:     from ... argument (slice-literal-element) at ./slice_make.go:40:12
./slice_make.go:40:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:40:13:     from ... argument (spill) at ./slice_make.go:40:12
./slice_make.go:40:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./slice_make.go:40:12
./slice_make.go:32:13: f escapes to heap:
./slice_make.go:32:13:   flow: {storage for ... argument} = &{storage for f}:
./slice_make.go:32:13:     from f (spill) at ./slice_make.go:32:13
./slice_make.go:32:13:     from ... argument (slice-literal-element) at ./slice_make.go:32:13
./slice_make.go:32:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:32:13:     from ... argument (spill) at ./slice_make.go:32:13
./slice_make.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:32:13
./slice_make.go:28:13: e escapes to heap:
./slice_make.go:28:13:   flow: {storage for ... argument} = &{storage for e}:
./slice_make.go:28:13:     from e (spill) at ./slice_make.go:28:13
./slice_make.go:28:13:     from ... argument (slice-literal-element) at ./slice_make.go:28:13
./slice_make.go:28:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:28:13:     from ... argument (spill) at ./slice_make.go:28:13
./slice_make.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:28:13
./slice_make.go:24:22: e[0] == nil escapes to heap:
./slice_make.go:24:22:   flow: {storage for ... argument} = &{storage for e[0] == nil}:
./slice_make.go:24:22:     from e[0] == nil (spill) at ./slice_make.go:24:22
./slice_make.go:24:22:     from ... argument (slice-literal-element) at ./slice_make.go:24:13
./slice_make.go:24:22:   flow: {heap} = {storage for ... argument}:
./slice_make.go:24:22:     from ... argument (spill) at ./slice_make.go:24:13
./slice_make.go:24:22:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:24:13
./slice_make.go:24:13: e escapes to heap:
./slice_make.go:24:13:   flow: {storage for ... argument} = &{storage for e}:
./slice_make.go:24:13:     from e (spill) at ./slice_make.go:24:13
./slice_make.go:24:13:     from ... argument (slice-literal-element) at ./slice_make.go:24:13
./slice_make.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:24:13:     from ... argument (spill) at ./slice_make.go:24:13
./slice_make.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:24:13
./slice_make.go:21:28: cap(d) escapes to heap:
./slice_make.go:21:28:   flow: {storage for ... argument} = &{storage for cap(d)}:
./slice_make.go:21:28:     from cap(d) (spill) at ./slice_make.go:21:28
./slice_make.go:21:28:     from ... argument (slice-literal-element) at ./slice_make.go:21:13
./slice_make.go:21:28:   flow: {heap} = {storage for ... argument}:
./slice_make.go:21:28:     from ... argument (spill) at ./slice_make.go:21:13
./slice_make.go:21:28:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:21:13
./slice_make.go:21:20: len(d) escapes to heap:
./slice_make.go:21:20:   flow: {storage for ... argument} = &{storage for len(d)}:
./slice_make.go:21:20:     from len(d) (spill) at ./slice_make.go:21:20
./slice_make.go:21:20:     from ... argument (slice-literal-element) at ./slice_make.go:21:13
./slice_make.go:21:20:   flow: {heap} = {storage for ... argument}:
./slice_make.go:21:20:     from ... argument (spill) at ./slice_make.go:21:13
./slice_make.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:21:13
./slice_make.go:21:13: d escapes to heap:
./slice_make.go:21:13:   flow: {storage for ... argument} = &{storage for d}:
./slice_make.go:21:13:     from d (spill) at ./slice_make.go:21:13
./slice_make.go:21:13:     from ... argument (slice-literal-element) at ./slice_make.go:21:13
./slice_make.go:21:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:21:13:     from ... argument (spill) at ./slice_make.go:21:13
./slice_make.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:21:13
./slice_make.go:17:35: c == nil escapes to heap:
./slice_make.go:17:35:   flow: {storage for ... argument} = &{storage for c == nil}:
./slice_make.go:17:35:     from c == nil (spill) at ./slice_make.go:17:35
./slice_make.go:17:35:     from ... argument (slice-literal-element) at ./slice_make.go:17:13
./slice_make.go:17:35:   flow: {heap} = {storage for ... argument}:
./slice_make.go:17:35:     from ... argument (spill) at ./slice_make.go:17:13
./slice_make.go:17:35:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:17:13
./slice_make.go:17:28: cap(c) escapes to heap:
./slice_make.go:17:28:   flow: {storage for ... argument} = &{storage for cap(c)}:
./slice_make.go:17:28:     from cap(c) (spill) at ./slice_make.go:17:28
./slice_make.go:17:28:     from ... argument (slice-literal-element) at ./slice_make.go:17:13
./slice_make.go:17:28:   flow: {heap} = {storage for ... argument}:
./slice_make.go:17:28:     from ... argument (spill) at ./slice_make.go:17:13
./slice_make.go:17:28:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:17:13
./slice_make.go:17:20: len(c) escapes to heap:
./slice_make.go:17:20:   flow: {storage for ... argument} = &{storage for len(c)}:
./slice_make.go:17:20:     from len(c) (spill) at ./slice_make.go:17:20
./slice_make.go:17:20:     from ... argument (slice-literal-element) at ./slice_make.go:17:13
./slice_make.go:17:20:   flow: {heap} = {storage for ... argument}:
./slice_make.go:17:20:     from ... argument (spill) at ./slice_make.go:17:13
./slice_make.go:17:20:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:17:13
./slice_make.go:17:13: c escapes to heap:
./slice_make.go:17:13:   flow: {storage for ... argument} = &{storage for c}:
./slice_make.go:17:13:     from c (spill) at ./slice_make.go:17:13
./slice_make.go:17:13:     from ... argument (slice-literal-element) at ./slice_make.go:17:13
./slice_make.go:17:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:17:13:     from ... argument (spill) at ./slice_make.go:17:13
./slice_make.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:17:13
./slice_make.go:14:20: len(b) escapes to heap:
./slice_make.go:14:20:   flow: {storage for ... argument} = &{storage for len(b)}:
./slice_make.go:14:20:     from len(b) (spill) at ./slice_make.go:14:20
./slice_make.go:14:20:     from ... argument (slice-literal-element) at ./slice_make.go:14:13
./slice_make.go:14:20:   flow: {heap} = {storage for ... argument}:
./slice_make.go:14:20:     from ... argument (spill) at ./slice_make.go:14:13
./slice_make.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:14:13
./slice_make.go:14:13: b escapes to heap:
./slice_make.go:14:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_make.go:14:13:     from b (spill) at ./slice_make.go:14:13
./slice_make.go:14:13:     from ... argument (slice-literal-element) at ./slice_make.go:14:13
./slice_make.go:14:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:14:13:     from ... argument (spill) at ./slice_make.go:14:13
./slice_make.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:14:13
./slice_make.go:12:28: cap(b) escapes to heap:
./slice_make.go:12:28:   flow: {storage for ... argument} = &{storage for cap(b)}:
./slice_make.go:12:28:     from cap(b) (spill) at ./slice_make.go:12:28
./slice_make.go:12:28:     from ... argument (slice-literal-element) at ./slice_make.go:12:13
./slice_make.go:12:28:   flow: {heap} = {storage for ... argument}:
./slice_make.go:12:28:     from ... argument (spill) at ./slice_make.go:12:13
./slice_make.go:12:28:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:12:13
./slice_make.go:12:20: len(b) escapes to heap:
./slice_make.go:12:20:   flow: {storage for ... argument} = &{storage for len(b)}:
./slice_make.go:12:20:     from len(b) (spill) at ./slice_make.go:12:20
./slice_make.go:12:20:     from ... argument (slice-literal-element) at ./slice_make.go:12:13
./slice_make.go:12:20:   flow: {heap} = {storage for ... argument}:
./slice_make.go:12:20:     from ... argument (spill) at ./slice_make.go:12:13
./slice_make.go:12:20:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:12:13
./slice_make.go:12:13: b escapes to heap:
./slice_make.go:12:13:   flow: {storage for ... argument} = &{storage for b}:
./slice_make.go:12:13:     from b (spill) at ./slice_make.go:12:13
./slice_make.go:12:13:     from ... argument (slice-literal-element) at ./slice_make.go:12:13
./slice_make.go:12:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:12:13:     from ... argument (spill) at ./slice_make.go:12:13
./slice_make.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:12:13
./slice_make.go:9:35: a == nil escapes to heap:
./slice_make.go:9:35:   flow: {storage for ... argument} = &{storage for a == nil}:
./slice_make.go:9:35:     from a == nil (spill) at ./slice_make.go:9:35
./slice_make.go:9:35:     from ... argument (slice-literal-element) at ./slice_make.go:9:13
./slice_make.go:9:35:   flow: {heap} = {storage for ... argument}:
./slice_make.go:9:35:     from ... argument (spill) at ./slice_make.go:9:13
./slice_make.go:9:35:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:9:13
./slice_make.go:9:28: cap(a) escapes to heap:
./slice_make.go:9:28:   flow: {storage for ... argument} = &{storage for cap(a)}:
./slice_make.go:9:28:     from cap(a) (spill) at ./slice_make.go:9:28
./slice_make.go:9:28:     from ... argument (slice-literal-element) at ./slice_make.go:9:13
./slice_make.go:9:28:   flow: {heap} = {storage for ... argument}:
./slice_make.go:9:28:     from ... argument (spill) at ./slice_make.go:9:13
./slice_make.go:9:28:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:9:13
./slice_make.go:9:20: len(a) escapes to heap:
./slice_make.go:9:20:   flow: {storage for ... argument} = &{storage for len(a)}:
./slice_make.go:9:20:     from len(a) (spill) at ./slice_make.go:9:20
./slice_make.go:9:20:     from ... argument (slice-literal-element) at ./slice_make.go:9:13
./slice_make.go:9:20:   flow: {heap} = {storage for ... argument}:
./slice_make.go:9:20:     from ... argument (spill) at ./slice_make.go:9:13
./slice_make.go:9:20:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:9:13
./slice_make.go:9:13: a escapes to heap:
./slice_make.go:9:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_make.go:9:13:     from a (spill) at ./slice_make.go:9:13
./slice_make.go:9:13:     from ... argument (slice-literal-element) at ./slice_make.go:9:13
./slice_make.go:9:13:   flow: {heap} = {storage for ... argument}:
./slice_make.go:9:13:     from ... argument (spill) at ./slice_make.go:9:13
./slice_make.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./slice_make.go:9:13
./slice_make.go:38:11: make([]T, 2) escapes to heap:
./slice_make.go:38:11:   flow: g = &{storage for make([]T, 2)}:
./slice_make.go:38:11:     from make([]T, 2) (spill) at ./slice_make.go:38:11
./slice_make.go:38:11:     from g := make([]T, 2) (assign) at ./slice_make.go:38:4
./slice_make.go:38:11:   flow: {storage for g} = g:
./slice_make.go:38:11:     from g (interface-converted) at ./slice_make.go:40:13
./slice_make.go:30:11: make([]bool, 3, 3) escapes to heap:
./slice_make.go:30:11:   flow: f = &{storage for make([]bool, 3, 3)}:
./slice_make.go:30:11:     from make([]bool, 3, 3) (spill) at ./slice_make.go:30:11
./slice_make.go:30:11:     from f := make([]bool, 3, 3) (assign) at ./slice_make.go:30:4
./slice_make.go:30:11:   flow: {storage for f} = f:
./slice_make.go:30:11:     from f (interface-converted) at ./slice_make.go:32:13
./slice_make.go:23:11: make([][]int, 2) escapes to heap:
./slice_make.go:23:11:   flow: e = &{storage for make([][]int, 2)}:
./slice_make.go:23:11:     from make([][]int, 2) (spill) at ./slice_make.go:23:11
./slice_make.go:23:11:     from e := make([][]int, 2) (assign) at ./slice_make.go:23:4
./slice_make.go:23:11:   flow: {storage for e} = e:
./slice_make.go:23:11:     from e (interface-converted) at ./slice_make.go:28:13
./slice_make.go:16:11: make([]string, 0) escapes to heap:
./slice_make.go:16:11:   flow: c = &{storage for make([]string, 0)}:
./slice_make.go:16:11:     from make([]string, 0) (spill) at ./slice_make.go:16:11
./slice_make.go:16:11:     from c := make([]string, 0) (assign) at ./slice_make.go:16:4
./slice_make.go:16:11:   flow: {storage for c} = c:
./slice_make.go:16:11:     from c (interface-converted) at ./slice_make.go:17:13
./slice_make.go:11:11: make([]int, 2, 10) escapes to heap:
./slice_make.go:11:11:   flow: b = &{storage for make([]int, 2, 10)}:
./slice_make.go:11:11:     from make([]int, 2, 10) (spill) at ./slice_make.go:11:11
./slice_make.go:11:11:     from b := make([]int, 2, 10) (assign) at ./slice_make.go:11:4
./slice_make.go:11:11:   flow: {storage for b} = b:
./slice_make.go:11:11:     from b (interface-converted) at ./slice_make.go:14:13
./slice_make.go:8:11: make([]int, 3) escapes to heap:
./slice_make.go:8:11:   flow: a = &{storage for make([]int, 3)}:
./slice_make.go:8:11:     from make([]int, 3) (spill) at ./slice_make.go:8:11
./slice_make.go:8:11:     from a := make([]int, 3) (assign) at ./slice_make.go:8:4
./slice_make.go:8:11:   flow: {storage for a} = a:
./slice_make.go:8:11:     from a (interface-converted) at ./slice_make.go:9:13
./slice_make.go:8:11: make([]int, 3) escapes to heap
./slice_make.go:9:13: ... argument does not escape
./slice_make.go:9:13: a escapes to heap
./slice_make.go:9:20: len(a) escapes to heap
./slice_make.go:9:28: cap(a) escapes to heap
./slice_make.go:9:35: a == nil escapes to heap
./slice_make.go:11:11: make([]int, 2, 10) escapes to heap
./slice_make.go:12:13: ... argument does not escape
./slice_make.go:12:13: b escapes to heap
./slice_make.go:12:20: len(b) escapes to heap
./slice_make.go:12:28: cap(b) escapes to heap
./slice_make.go:14:13: ... argument does not escape
./slice_make.go:14:13: b escapes to heap
./slice_make.go:14:20: len(b) escapes to heap
./slice_make.go:16:11: make([]string, 0) escapes to heap
./slice_make.go:17:13: ... argument does not escape
./slice_make.go:17:13: c escapes to heap
./slice_make.go:17:20: len(c) escapes to heap
./slice_make.go:17:28: cap(c) escapes to heap
./slice_make.go:17:35: c == nil escapes to heap
./slice_make.go:20:11: make([]float64, n, n * 2) escapes to heap
./slice_make.go:21:13: ... argument does not escape
./slice_make.go:21:13: d escapes to heap
./slice_make.go:21:20: len(d) escapes to heap
./slice_make.go:21:28: cap(d) escapes to heap
./slice_make.go:23:11: make([][]int, 2) escapes to heap
./slice_make.go:24:13: ... argument does not escape
./slice_make.go:24:13: e escapes to heap
./slice_make.go:24:22: e[0] == nil escapes to heap
./slice_make.go:26:14: make([]int, i + 1) escapes to heap
./slice_make.go:28:13: ... argument does not escape
./slice_make.go:28:13: e escapes to heap
./slice_make.go:30:11: make([]bool, 3, 3) escapes to heap
./slice_make.go:32:13: ... argument does not escape
./slice_make.go:32:13: f escapes to heap
./slice_make.go:38:11: make([]T, 2) escapes to heap
./slice_make.go:40:12: ... argument does not escape
./slice_make.go:40:13: g escapes to heap
./slice_make.go:43:11: make([]byte, sz) escapes to heap
./slice_make.go:44:13: ... argument does not escape
./slice_make.go:44:13: h escapes to heap
./slice_make.go:44:20: len(h) escapes to heap
./slice_make.go:46:11: make([]int, 0, 0) does not escape
./slice_make.go:47:13: ... argument does not escape
./slice_make.go:47:17: len(z) escapes to heap
./slice_make.go:47:25: cap(z) escapes to heap
./slice_make.go:47:32: z == nil escapes to heap
