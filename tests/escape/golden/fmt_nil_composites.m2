./fmt_nil_composites.go:28:13: s escapes to heap:
./fmt_nil_composites.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_nil_composites.go:28:13:     from s (spill) at ./fmt_nil_composites.go:28:13
./fmt_nil_composites.go:28:13:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:28:12
./fmt_nil_composites.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:28:13:     from ... argument (spill) at ./fmt_nil_composites.go:28:12
./fmt_nil_composites.go:28:13:     from fmt.Printf("%d %s %x\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:28:12
./fmt_nil_composites.go:28:13: s escapes to heap:
./fmt_nil_composites.go:28:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_nil_composites.go:28:13:     from s (spill) at ./fmt_nil_composites.go:28:13
./fmt_nil_composites.go:28:13:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:28:12
./fmt_nil_composites.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:28:13:     from ... argument (spill) at ./fmt_nil_composites.go:28:12
./fmt_nil_composites.go:28:13:     from fmt.Printf("%d %s %x\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:28:12
./fmt_nil_composites.go:27:26: []*T{...} escapes to heap:
./fmt_nil_composites.go:27:26:   flow: {storage for ... argument} = &{storage for []*T{...}}:
./fmt_nil_composites.go:27:26:     from []*T{...} (spill) at ./fmt_nil_composites.go:27:26
./fmt_nil_composites.go:27:26:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:27:12
./fmt_nil_composites.go:27:26:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:27:26:     from ... argument (spill) at ./fmt_nil_composites.go:27:12
./fmt_nil_composites.go:27:26:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:27:12
./fmt_nil_composites.go:26:54: [2]map[int]int{} escapes to heap:
./fmt_nil_composites.go:26:54:   flow: {storage for ... argument} = &{storage for [2]map[int]int{}}:
./fmt_nil_composites.go:26:54:     from [2]map[int]int{} (spill) at ./fmt_nil_composites.go:26:54
./fmt_nil_composites.go:26:54:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:26:12
./fmt_nil_composites.go:26:54:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:26:54:     from ... argument (spill) at ./fmt_nil_composites.go:26:12
./fmt_nil_composites.go:26:54:     from fmt.Printf("%v %v\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:26:12
./fmt_nil_composites.go:26:28: []*T{...} escapes to heap:
./fmt_nil_composites.go:26:28:   flow: {storage for ... argument} = &{storage for []*T{...}}:
./fmt_nil_composites.go:26:28:     from []*T{...} (spill) at ./fmt_nil_composites.go:26:28
./fmt_nil_composites.go:26:28:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:26:12
./fmt_nil_composites.go:26:28:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:26:28:     from ... argument (spill) at ./fmt_nil_composites.go:26:12
./fmt_nil_composites.go:26:28:     from fmt.Printf("%v %v\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:26:12
./fmt_nil_composites.go:25:13: t escapes to heap:
./fmt_nil_composites.go:25:13:   flow: {storage for ... argument} = &{storage for t}:
./fmt_nil_composites.go:25:13:     from t (spill) at ./fmt_nil_composites.go:25:13
./fmt_nil_composites.go:25:13:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:25:12
./fmt_nil_composites.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:25:13:     from ... argument (spill) at ./fmt_nil_composites.go:25:12
./fmt_nil_composites.go:25:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:25:12
./fmt_nil_composites.go:25:13: t escapes to heap:
./fmt_nil_composites.go:25:13:   flow: {storage for ... argument} = &{storage for t}:
./fmt_nil_composites.go:25:13:     from t (spill) at ./fmt_nil_composites.go:25:13
./fmt_nil_composites.go:25:13:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:25:12
./fmt_nil_composites.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:25:13:     from ... argument (spill) at ./fmt_nil_composites.go:25:12
./fmt_nil_composites.go:25:13:     from fmt.Printf("%v\n%+v\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:25:12
./fmt_nil_composites.go:21:13: s escapes to heap:
./fmt_nil_composites.go:21:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_nil_composites.go:21:13:     from s (spill) at ./fmt_nil_composites.go:21:13
./fmt_nil_composites.go:21:13:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:21:12
./fmt_nil_composites.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:21:13:     from ... argument (spill) at ./fmt_nil_composites.go:21:12
./fmt_nil_composites.go:21:13:     from fmt.Printf("%#v %#v %#v\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:21:12
./fmt_nil_composites.go:20:13: s escapes to heap:
./fmt_nil_composites.go:20:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_nil_composites.go:20:13:     from s (spill) at ./fmt_nil_composites.go:20:13
./fmt_nil_composites.go:20:13:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:20:12
./fmt_nil_composites.go:20:13:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:20:13:     from ... argument (spill) at ./fmt_nil_composites.go:20:12
./fmt_nil_composites.go:20:13:     from fmt.Printf("%v %v %v\n", ... argument...) (call parameter) at ./fmt_nil_composites.go:20:12
./fmt_nil_composites.go:19:25: f == nil escapes to heap:
./fmt_nil_composites.go:19:25:   flow: {storage for ... argument} = &{storage for f == nil}:
./fmt_nil_composites.go:19:25:     from f == nil (spill) at ./fmt_nil_composites.go:19:25
./fmt_nil_composites.go:19:25:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:19:13
./fmt_nil_composites.go:19:25:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:19:25:     from ... argument (spill) at ./fmt_nil_composites.go:19:13
./fmt_nil_composites.go:19:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_nil_composites.go:19:13
./fmt_nil_composites.go:19:13: s escapes to heap:
./fmt_nil_composites.go:19:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_nil_composites.go:19:13:     from s (spill) at ./fmt_nil_composites.go:19:13
./fmt_nil_composites.go:19:13:     from ... argument (slice-literal-element) at ./fmt_nil_composites.go:19:13
./fmt_nil_composites.go:19:13:   flow: {heap} = {storage for ... argument}:
./fmt_nil_composites.go:19:13:     from ... argument (spill) at ./fmt_nil_composites.go:19:13
./fmt_nil_composites.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_nil_composites.go:19:13
./fmt_nil_composites.go:27:26: []*T{...} escapes to heap:
./fmt_nil_composites.go:27:26:   flow: {storage for []*T{...}} = &{storage for []*T{...}}:
./fmt_nil_composites.go:27:26:     from []*T{...} (spill) at ./fmt_nil_composites.go:27:26
./fmt_nil_composites.go:27:26:     from []*T{...} (interface-converted) at ./fmt_nil_composites.go:27:26
./fmt_nil_composites.go:26:28: []*T{...} escapes to heap:
./fmt_nil_composites.go:26:28:   flow: {storage for []*T{...}} = &{storage for []*T{...}}:
./fmt_nil_composites.go:26:28:     from []*T{...} (spill) at ./fmt_nil_composites.go:26:28
./fmt_nil_composites.go:26:28:     from []*T{...} (interface-converted) at ./fmt_nil_composites.go:26:28
./fmt_nil_composites.go:19:13: ... argument does not escape
./fmt_nil_composites.go:19:13: s escapes to heap
./fmt_nil_composites.go:19:25: f == nil escapes to heap
./fmt_nil_composites.go:20:12: ... argument does not escape
./fmt_nil_composites.go:20:13: s escapes to heap
./fmt_nil_composites.go:21:12: ... argument does not escape
./fmt_nil_composites.go:21:13: s escapes to heap
./fmt_nil_composites.go:22:12: ... argument does not escape
./fmt_nil_composites.go:23:12: ... argument does not escape
./fmt_nil_composites.go:25:12: ... argument does not escape
./fmt_nil_composites.go:25:13: t escapes to heap
./fmt_nil_composites.go:25:13: t escapes to heap
./fmt_nil_composites.go:26:12: ... argument does not escape
./fmt_nil_composites.go:26:28: []*T{...} escapes to heap
./fmt_nil_composites.go:26:28: []*T{...} escapes to heap
./fmt_nil_composites.go:26:54: [2]map[int]int{} escapes to heap
./fmt_nil_composites.go:27:12: ... argument does not escape
./fmt_nil_composites.go:27:26: []*T{...} escapes to heap
./fmt_nil_composites.go:27:26: []*T{...} escapes to heap
./fmt_nil_composites.go:28:12: ... argument does not escape
./fmt_nil_composites.go:28:13: s escapes to heap
./fmt_nil_composites.go:28:13: s escapes to heap
