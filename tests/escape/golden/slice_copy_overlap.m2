./slice_copy_overlap.go:8:11: make([]int, n) escapes to heap:
./slice_copy_overlap.go:8:11:   flow: {heap} = &{storage for make([]int, n)}:
./slice_copy_overlap.go:8:11:     from make([]int, n) (non-constant size) at ./slice_copy_overlap.go:8:11
./slice_copy_overlap.go:8:11: make([]int, n) escapes to heap
./slice_copy_overlap.go:49:13: s escapes to heap:
./slice_copy_overlap.go:49:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_copy_overlap.go:49:13:     from s (spill) at ./slice_copy_overlap.go:49:13
./slice_copy_overlap.go:49:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:49:13
./slice_copy_overlap.go:49:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:49:13:     from ... argument (spill) at ./slice_copy_overlap.go:49:13
./slice_copy_overlap.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:49:13
./slice_copy_overlap.go:44:13: s escapes to heap:
./slice_copy_overlap.go:44:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_copy_overlap.go:44:13:     from s (spill) at ./slice_copy_overlap.go:44:13
./slice_copy_overlap.go:44:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:44:13
./slice_copy_overlap.go:44:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:44:13:     from ... argument (spill) at ./slice_copy_overlap.go:44:13
./slice_copy_overlap.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:44:13
./slice_copy_overlap.go:37:20: string(b) escapes to heap:
./slice_copy_overlap.go:37:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./slice_copy_overlap.go:37:20:     from string(b) (spill) at ./slice_copy_overlap.go:37:20
./slice_copy_overlap.go:37:20:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:37:13
./slice_copy_overlap.go:37:20:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:37:20:     from ... argument (spill) at ./slice_copy_overlap.go:37:13
./slice_copy_overlap.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:37:13
./slice_copy_overlap.go:34:20: string(b) escapes to heap:
./slice_copy_overlap.go:34:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./slice_copy_overlap.go:34:20:     from string(b) (spill) at ./slice_copy_overlap.go:34:20
./slice_copy_overlap.go:34:20:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:34:13
./slice_copy_overlap.go:34:20:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:34:20:     from ... argument (spill) at ./slice_copy_overlap.go:34:13
./slice_copy_overlap.go:34:20:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:34:13
./slice_copy_overlap.go:30:13: s escapes to heap:
./slice_copy_overlap.go:30:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_copy_overlap.go:30:13:     from s (spill) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:30:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:30:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:30:13:     from ... argument (spill) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:30:13: n escapes to heap:
./slice_copy_overlap.go:30:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy_overlap.go:30:13:     from n (spill) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:30:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:30:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:30:13:     from ... argument (spill) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:30:13
./slice_copy_overlap.go:26:13: s escapes to heap:
./slice_copy_overlap.go:26:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_copy_overlap.go:26:13:     from s (spill) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:26:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:26:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:26:13:     from ... argument (spill) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:26:13: n escapes to heap:
./slice_copy_overlap.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy_overlap.go:26:13:     from n (spill) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:26:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:26:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:26:13:     from ... argument (spill) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:26:13
./slice_copy_overlap.go:22:13: s escapes to heap:
./slice_copy_overlap.go:22:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_copy_overlap.go:22:13:     from s (spill) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:22:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:22:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:22:13:     from ... argument (spill) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:22:13: n escapes to heap:
./slice_copy_overlap.go:22:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy_overlap.go:22:13:     from n (spill) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:22:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:22:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:22:13:     from ... argument (spill) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:22:13
./slice_copy_overlap.go:18:13: s escapes to heap:
./slice_copy_overlap.go:18:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_copy_overlap.go:18:13:     from s (spill) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:18:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:18:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:18:13:     from ... argument (spill) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:18:13: n escapes to heap:
./slice_copy_overlap.go:18:13:   flow: {storage for ... argument} = &{storage for n}:
./slice_copy_overlap.go:18:13:     from n (spill) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:18:13:     from ... argument (slice-literal-element) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:18:13:   flow: {heap} = {storage for ... argument}:
./slice_copy_overlap.go:18:13:     from ... argument (spill) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slice_copy_overlap.go:18:13
./slice_copy_overlap.go:37:20: string(b) escapes to heap:
./slice_copy_overlap.go:37:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./slice_copy_overlap.go:37:20:     from string(b) (spill) at ./slice_copy_overlap.go:37:20
./slice_copy_overlap.go:37:20:     from string(b) (interface-converted) at ./slice_copy_overlap.go:37:20
./slice_copy_overlap.go:34:20: string(b) escapes to heap:
./slice_copy_overlap.go:34:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./slice_copy_overlap.go:34:20:     from string(b) (spill) at ./slice_copy_overlap.go:34:20
./slice_copy_overlap.go:34:20:     from string(b) (interface-converted) at ./slice_copy_overlap.go:34:20
./slice_copy_overlap.go:18:13: ... argument does not escape
./slice_copy_overlap.go:18:13: n escapes to heap
./slice_copy_overlap.go:18:13: s escapes to heap
./slice_copy_overlap.go:22:13: ... argument does not escape
./slice_copy_overlap.go:22:13: n escapes to heap
./slice_copy_overlap.go:22:13: s escapes to heap
./slice_copy_overlap.go:26:13: ... argument does not escape
./slice_copy_overlap.go:26:13: n escapes to heap
./slice_copy_overlap.go:26:13: s escapes to heap
./slice_copy_overlap.go:30:13: ... argument does not escape
./slice_copy_overlap.go:30:13: n escapes to heap
./slice_copy_overlap.go:30:13: s escapes to heap
./slice_copy_overlap.go:32:13: ([]byte)("abcdefgh") does not escape
./slice_copy_overlap.go:34:13: ... argument does not escape
./slice_copy_overlap.go:34:20: string(b) escapes to heap
./slice_copy_overlap.go:34:20: string(b) escapes to heap
./slice_copy_overlap.go:35:12: ([]byte)("abcdefgh") does not escape
./slice_copy_overlap.go:37:13: ... argument does not escape
./slice_copy_overlap.go:37:20: string(b) escapes to heap
./slice_copy_overlap.go:37:20: string(b) escapes to heap
./slice_copy_overlap.go:44:13: ... argument does not escape
./slice_copy_overlap.go:44:13: s escapes to heap
./slice_copy_overlap.go:49:13: ... argument does not escape
./slice_copy_overlap.go:49:13: s escapes to heap
