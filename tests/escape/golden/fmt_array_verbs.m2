./fmt_array_verbs.go:24:13: ps escapes to heap:
./fmt_array_verbs.go:24:13:   flow: {storage for ... argument} = &{storage for ps}:
./fmt_array_verbs.go:24:13:     from ps (spill) at ./fmt_array_verbs.go:24:13
./fmt_array_verbs.go:24:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:24:13:     from ... argument (spill) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13: g escapes to heap:
./fmt_array_verbs.go:24:13:   flow: {storage for ... argument} = &{storage for g}:
./fmt_array_verbs.go:24:13:     from g (spill) at ./fmt_array_verbs.go:24:13
./fmt_array_verbs.go:24:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:24:13:     from ... argument (spill) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13: a escapes to heap:
./fmt_array_verbs.go:24:13:   flow: {storage for ... argument} = &{storage for a}:
./fmt_array_verbs.go:24:13:     from a (spill) at ./fmt_array_verbs.go:24:13
./fmt_array_verbs.go:24:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:24:13:     from ... argument (spill) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:24:13:     from fmt.Printf("%T %T %T\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:24:12
./fmt_array_verbs.go:23:32: [2]float64{...} escapes to heap:
./fmt_array_verbs.go:23:32:   flow: {storage for ... argument} = &{storage for [2]float64{...}}:
./fmt_array_verbs.go:23:32:     from [2]float64{...} (spill) at ./fmt_array_verbs.go:23:32
./fmt_array_verbs.go:23:32:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:23:12
./fmt_array_verbs.go:23:32:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:23:32:     from ... argument (spill) at ./fmt_array_verbs.go:23:12
./fmt_array_verbs.go:23:32:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:23:12
./fmt_array_verbs.go:22:28: [2]bool{...} escapes to heap:
./fmt_array_verbs.go:22:28:   flow: {storage for ... argument} = &{storage for [2]bool{...}}:
./fmt_array_verbs.go:22:28:     from [2]bool{...} (spill) at ./fmt_array_verbs.go:22:28
./fmt_array_verbs.go:22:28:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:22:12
./fmt_array_verbs.go:22:28:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:22:28:     from ... argument (spill) at ./fmt_array_verbs.go:22:12
./fmt_array_verbs.go:22:28:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:22:12
./fmt_array_verbs.go:21:13: e escapes to heap:
./fmt_array_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_array_verbs.go:21:13:     from e (spill) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:21:13:     from ... argument (spill) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13: s escapes to heap:
./fmt_array_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_array_verbs.go:21:13:     from s (spill) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:21:13:     from ... argument (spill) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13: a escapes to heap:
./fmt_array_verbs.go:21:13:   flow: {storage for ... argument} = &{storage for a}:
./fmt_array_verbs.go:21:13:     from a (spill) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:21:13:     from ... argument (spill) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_array_verbs.go:21:13
./fmt_array_verbs.go:20:36: [2]string{...} escapes to heap:
./fmt_array_verbs.go:20:36:   flow: {storage for ... argument} = &{storage for [2]string{...}}:
./fmt_array_verbs.go:20:36:     from [2]string{...} (spill) at ./fmt_array_verbs.go:20:36
./fmt_array_verbs.go:20:36:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:20:12
./fmt_array_verbs.go:20:36:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:20:36:     from ... argument (spill) at ./fmt_array_verbs.go:20:12
./fmt_array_verbs.go:20:36:     from fmt.Printf("%x %s\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:20:12
./fmt_array_verbs.go:20:13: b escapes to heap:
./fmt_array_verbs.go:20:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_array_verbs.go:20:13:     from b (spill) at ./fmt_array_verbs.go:20:13
./fmt_array_verbs.go:20:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:20:12
./fmt_array_verbs.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:20:13:     from ... argument (spill) at ./fmt_array_verbs.go:20:12
./fmt_array_verbs.go:20:13:     from fmt.Printf("%x %s\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:20:12
./fmt_array_verbs.go:19:39: [2]int{...} escapes to heap:
./fmt_array_verbs.go:19:39:   flow: {storage for ... argument} = &{storage for [2]int{...}}:
./fmt_array_verbs.go:19:39:     from [2]int{...} (spill) at ./fmt_array_verbs.go:19:39
./fmt_array_verbs.go:19:39:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:39:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:19:39:     from ... argument (spill) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:39:     from fmt.Printf("%d %x %X\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:13: a escapes to heap:
./fmt_array_verbs.go:19:13:   flow: {storage for ... argument} = &{storage for a}:
./fmt_array_verbs.go:19:13:     from a (spill) at ./fmt_array_verbs.go:19:13
./fmt_array_verbs.go:19:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:19:13:     from ... argument (spill) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:13:     from fmt.Printf("%d %x %X\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:13: a escapes to heap:
./fmt_array_verbs.go:19:13:   flow: {storage for ... argument} = &{storage for a}:
./fmt_array_verbs.go:19:13:     from a (spill) at ./fmt_array_verbs.go:19:13
./fmt_array_verbs.go:19:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:19:13:     from ... argument (spill) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:19:13:     from fmt.Printf("%d %x %X\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:19:12
./fmt_array_verbs.go:18:13: b escapes to heap:
./fmt_array_verbs.go:18:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_array_verbs.go:18:13:     from b (spill) at ./fmt_array_verbs.go:18:13
./fmt_array_verbs.go:18:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:18:12
./fmt_array_verbs.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:18:13:     from ... argument (spill) at ./fmt_array_verbs.go:18:12
./fmt_array_verbs.go:18:13:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:18:12
./fmt_array_verbs.go:18:13: b escapes to heap:
./fmt_array_verbs.go:18:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_array_verbs.go:18:13:     from b (spill) at ./fmt_array_verbs.go:18:13
./fmt_array_verbs.go:18:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:18:12
./fmt_array_verbs.go:18:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:18:13:     from ... argument (spill) at ./fmt_array_verbs.go:18:12
./fmt_array_verbs.go:18:13:     from fmt.Printf("%v %#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:18:12
./fmt_array_verbs.go:17:13: e escapes to heap:
./fmt_array_verbs.go:17:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_array_verbs.go:17:13:     from e (spill) at ./fmt_array_verbs.go:17:13
./fmt_array_verbs.go:17:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:17:13:     from ... argument (spill) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13: ps escapes to heap:
./fmt_array_verbs.go:17:13:   flow: {storage for ... argument} = &{storage for ps}:
./fmt_array_verbs.go:17:13:     from ps (spill) at ./fmt_array_verbs.go:17:13
./fmt_array_verbs.go:17:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:17:13:     from ... argument (spill) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13: g escapes to heap:
./fmt_array_verbs.go:17:13:   flow: {storage for ... argument} = &{storage for g}:
./fmt_array_verbs.go:17:13:     from g (spill) at ./fmt_array_verbs.go:17:13
./fmt_array_verbs.go:17:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:17:13:     from ... argument (spill) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13: s escapes to heap:
./fmt_array_verbs.go:17:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_array_verbs.go:17:13:     from s (spill) at ./fmt_array_verbs.go:17:13
./fmt_array_verbs.go:17:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:17:13:     from ... argument (spill) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13: a escapes to heap:
./fmt_array_verbs.go:17:13:   flow: {storage for ... argument} = &{storage for a}:
./fmt_array_verbs.go:17:13:     from a (spill) at ./fmt_array_verbs.go:17:13
./fmt_array_verbs.go:17:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:17:13:     from ... argument (spill) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:17:13:     from fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:17:12
./fmt_array_verbs.go:16:13: g escapes to heap:
./fmt_array_verbs.go:16:13:   flow: {storage for ... argument} = &{storage for g}:
./fmt_array_verbs.go:16:13:     from g (spill) at ./fmt_array_verbs.go:16:13
./fmt_array_verbs.go:16:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:16:12
./fmt_array_verbs.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:16:13:     from ... argument (spill) at ./fmt_array_verbs.go:16:12
./fmt_array_verbs.go:16:13:     from fmt.Printf("%+v %+v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:16:12
./fmt_array_verbs.go:16:13: ps escapes to heap:
./fmt_array_verbs.go:16:13:   flow: {storage for ... argument} = &{storage for ps}:
./fmt_array_verbs.go:16:13:     from ps (spill) at ./fmt_array_verbs.go:16:13
./fmt_array_verbs.go:16:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:16:12
./fmt_array_verbs.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:16:13:     from ... argument (spill) at ./fmt_array_verbs.go:16:12
./fmt_array_verbs.go:16:13:     from fmt.Printf("%+v %+v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:16:12
./fmt_array_verbs.go:15:13: e escapes to heap:
./fmt_array_verbs.go:15:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_array_verbs.go:15:13:     from e (spill) at ./fmt_array_verbs.go:15:13
./fmt_array_verbs.go:15:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:15:13:     from ... argument (spill) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13: ps escapes to heap:
./fmt_array_verbs.go:15:13:   flow: {storage for ... argument} = &{storage for ps}:
./fmt_array_verbs.go:15:13:     from ps (spill) at ./fmt_array_verbs.go:15:13
./fmt_array_verbs.go:15:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:15:13:     from ... argument (spill) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13: g escapes to heap:
./fmt_array_verbs.go:15:13:   flow: {storage for ... argument} = &{storage for g}:
./fmt_array_verbs.go:15:13:     from g (spill) at ./fmt_array_verbs.go:15:13
./fmt_array_verbs.go:15:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:15:13:     from ... argument (spill) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13: s escapes to heap:
./fmt_array_verbs.go:15:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_array_verbs.go:15:13:     from s (spill) at ./fmt_array_verbs.go:15:13
./fmt_array_verbs.go:15:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:15:13:     from ... argument (spill) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13: a escapes to heap:
./fmt_array_verbs.go:15:13:   flow: {storage for ... argument} = &{storage for a}:
./fmt_array_verbs.go:15:13:     from a (spill) at ./fmt_array_verbs.go:15:13
./fmt_array_verbs.go:15:13:     from ... argument (slice-literal-element) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_array_verbs.go:15:13:     from ... argument (spill) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:13:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_array_verbs.go:15:12
./fmt_array_verbs.go:15:12: ... argument does not escape
./fmt_array_verbs.go:15:13: a escapes to heap
./fmt_array_verbs.go:15:13: s escapes to heap
./fmt_array_verbs.go:15:13: g escapes to heap
./fmt_array_verbs.go:15:13: ps escapes to heap
./fmt_array_verbs.go:15:13: e escapes to heap
./fmt_array_verbs.go:16:12: ... argument does not escape
./fmt_array_verbs.go:16:13: ps escapes to heap
./fmt_array_verbs.go:16:13: g escapes to heap
./fmt_array_verbs.go:17:12: ... argument does not escape
./fmt_array_verbs.go:17:13: a escapes to heap
./fmt_array_verbs.go:17:13: s escapes to heap
./fmt_array_verbs.go:17:13: g escapes to heap
./fmt_array_verbs.go:17:13: ps escapes to heap
./fmt_array_verbs.go:17:13: e escapes to heap
./fmt_array_verbs.go:18:12: ... argument does not escape
./fmt_array_verbs.go:18:13: b escapes to heap
./fmt_array_verbs.go:18:13: b escapes to heap
./fmt_array_verbs.go:19:12: ... argument does not escape
./fmt_array_verbs.go:19:13: a escapes to heap
./fmt_array_verbs.go:19:13: a escapes to heap
./fmt_array_verbs.go:19:39: [2]int{...} escapes to heap
./fmt_array_verbs.go:20:12: ... argument does not escape
./fmt_array_verbs.go:20:13: b escapes to heap
./fmt_array_verbs.go:20:36: [2]string{...} escapes to heap
./fmt_array_verbs.go:21:13: ... argument does not escape
./fmt_array_verbs.go:21:13: a escapes to heap
./fmt_array_verbs.go:21:13: s escapes to heap
./fmt_array_verbs.go:21:13: e escapes to heap
./fmt_array_verbs.go:22:12: ... argument does not escape
./fmt_array_verbs.go:22:28: [2]bool{...} escapes to heap
./fmt_array_verbs.go:23:12: ... argument does not escape
./fmt_array_verbs.go:23:32: [2]float64{...} escapes to heap
./fmt_array_verbs.go:24:12: ... argument does not escape
./fmt_array_verbs.go:24:13: a escapes to heap
./fmt_array_verbs.go:24:13: g escapes to heap
./fmt_array_verbs.go:24:13: ps escapes to heap
