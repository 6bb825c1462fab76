./slice_idioms.go:42:14: main ignoring self-assignment in r[a], r[b] = r[b], r[a]
./slice_idioms.go:42:14: main ignoring self-assignment in r[a], r[b] = r[b], r[a]
./slice_idioms.go:50:15: main.func1 ignoring self-assignment in x[a], x[b] = x[b], x[a]
./slice_idioms.go:50:15: main.func1 ignoring self-assignment in x[a], x[b] = x[b], x[a]
./slice_idioms.go:56:13: rot escapes to heap:
./slice_idioms.go:56:13:   flow: {storage for ... argument} = &{storage for rot}:
./slice_idioms.go:56:13:     from rot (spill) at ./slice_idioms.go:56:13
./slice_idioms.go:56:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:56:13
./slice_idioms.go:56:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:56:13:     from ... argument (spill) at ./slice_idioms.go:56:13
./slice_idioms.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:56:13
./slice_idioms.go:44:20: string(r) escapes to heap:
./slice_idioms.go:44:20:   flow: {storage for ... argument} = &{storage for string(r)}:
./slice_idioms.go:44:20:     from string(r) (spill) at ./slice_idioms.go:44:20
./slice_idioms.go:44:20:     from ... argument (slice-literal-element) at ./slice_idioms.go:44:13
./slice_idioms.go:44:20:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:44:20:     from ... argument (spill) at ./slice_idioms.go:44:13
./slice_idioms.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:44:13
./slice_idioms.go:38:13: out escapes to heap:
./slice_idioms.go:38:13:   flow: {storage for ... argument} = &{storage for out}:
./slice_idioms.go:38:13:     from out (spill) at ./slice_idioms.go:38:13
./slice_idioms.go:38:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:38:13
./slice_idioms.go:38:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:38:13:     from ... argument (spill) at ./slice_idioms.go:38:13
./slice_idioms.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:38:13
./slice_idioms.go:29:13: stack escapes to heap:
./slice_idioms.go:29:13:   flow: {storage for ... argument} = &{storage for stack}:
./slice_idioms.go:29:13:     from stack (spill) at ./slice_idioms.go:29:13
./slice_idioms.go:29:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:29:13
./slice_idioms.go:29:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:29:13:     from ... argument (spill) at ./slice_idioms.go:29:13
./slice_idioms.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:29:13
./slice_idioms.go:29:13: top escapes to heap:
./slice_idioms.go:29:13:   flow: {storage for ... argument} = &{storage for top}:
./slice_idioms.go:29:13:     from top (spill) at ./slice_idioms.go:29:13
./slice_idioms.go:29:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:29:13
./slice_idioms.go:29:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:29:13:     from ... argument (spill) at ./slice_idioms.go:29:13
./slice_idioms.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:29:13
./slice_idioms.go:24:13: ins escapes to heap:
./slice_idioms.go:24:13:   flow: {storage for ... argument} = &{storage for ins}:
./slice_idioms.go:24:13:     from ins (spill) at ./slice_idioms.go:24:13
./slice_idioms.go:24:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:24:13
./slice_idioms.go:24:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:24:13:     from ... argument (spill) at ./slice_idioms.go:24:13
./slice_idioms.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:24:13
./slice_idioms.go:20:28: cap(d) escapes to heap:
./slice_idioms.go:20:28:   flow: {storage for ... argument} = &{storage for cap(d)}:
./slice_idioms.go:20:28:     from cap(d) (spill) at ./slice_idioms.go:20:28
./slice_idioms.go:20:28:     from ... argument (slice-literal-element) at ./slice_idioms.go:20:13
./slice_idioms.go:20:28:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:20:28:     from ... argument (spill) at ./slice_idioms.go:20:13
./slice_idioms.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:20:13
./slice_idioms.go:20:20: len(d) escapes to heap:
./slice_idioms.go:20:20:   flow: {storage for ... argument} = &{storage for len(d)}:
./slice_idioms.go:20:20:     from len(d) (spill) at ./slice_idioms.go:20:20
./slice_idioms.go:20:20:     from ... argument (slice-literal-element) at ./slice_idioms.go:20:13
./slice_idioms.go:20:20:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:20:20:     from ... argument (spill) at ./slice_idioms.go:20:13
./slice_idioms.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:20:13
./slice_idioms.go:20:13: d escapes to heap:
./slice_idioms.go:20:13:   flow: {storage for ... argument} = &{storage for d}:
./slice_idioms.go:20:13:     from d (spill) at ./slice_idioms.go:20:13
./slice_idioms.go:20:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:20:13
./slice_idioms.go:20:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:20:13:     from ... argument (spill) at ./slice_idioms.go:20:13
./slice_idioms.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:20:13
./slice_idioms.go:15:13: s escapes to heap:
./slice_idioms.go:15:13:   flow: {storage for ... argument} = &{storage for s}:
./slice_idioms.go:15:13:     from s (spill) at ./slice_idioms.go:15:13
./slice_idioms.go:15:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:15:13
./slice_idioms.go:15:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:15:13:     from ... argument (spill) at ./slice_idioms.go:15:13
./slice_idioms.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:15:13
./slice_idioms.go:15:13: even escapes to heap:
./slice_idioms.go:15:13:   flow: {storage for ... argument} = &{storage for even}:
./slice_idioms.go:15:13:     from even (spill) at ./slice_idioms.go:15:13
./slice_idioms.go:15:13:     from ... argument (slice-literal-element) at ./slice_idioms.go:15:13
./slice_idioms.go:15:13:   flow: {heap} = {storage for ... argument}:
./slice_idioms.go:15:13:     from ... argument (spill) at ./slice_idioms.go:15:13
./slice_idioms.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./slice_idioms.go:15:13
./slice_idioms.go:47:14: []int{...} escapes to heap:
./slice_idioms.go:47:14:   flow: rot = &{storage for []int{...}}:
./slice_idioms.go:47:14:     from []int{...} (spill) at ./slice_idioms.go:47:14
./slice_idioms.go:47:14:     from rot := []int{...} (assign) at ./slice_idioms.go:47:6
./slice_idioms.go:47:14:   flow: {storage for rot} = rot:
./slice_idioms.go:47:14:     from rot (interface-converted) at ./slice_idioms.go:56:13
./slice_idioms.go:44:20: string(r) escapes to heap:
./slice_idioms.go:44:20:   flow: {storage for string(r)} = &{storage for string(r)}:
./slice_idioms.go:44:20:     from string(r) (spill) at ./slice_idioms.go:44:20
./slice_idioms.go:44:20:     from string(r) (interface-converted) at ./slice_idioms.go:44:20
./slice_idioms.go:31:14: []int{...} escapes to heap:
./slice_idioms.go:31:14:   flow: dup = &{storage for []int{...}}:
./slice_idioms.go:31:14:     from []int{...} (spill) at ./slice_idioms.go:31:14
./slice_idioms.go:31:14:     from dup := []int{...} (assign) at ./slice_idioms.go:31:6
./slice_idioms.go:31:14:   flow: out = dup:
./slice_idioms.go:31:14:     from dup[:1] (slice) at ./slice_idioms.go:32:12
./slice_idioms.go:31:14:     from out := dup[:1] (assign) at ./slice_idioms.go:32:6
./slice_idioms.go:31:14:   flow: {storage for out} = out:
./slice_idioms.go:31:14:     from out (interface-converted) at ./slice_idioms.go:38:13
./slice_idioms.go:26:16: []int{...} escapes to heap:
./slice_idioms.go:26:16:   flow: stack = &{storage for []int{...}}:
./slice_idioms.go:26:16:     from []int{...} (spill) at ./slice_idioms.go:26:16
./slice_idioms.go:26:16:     from stack := []int{...} (assign) at ./slice_idioms.go:26:8
./slice_idioms.go:26:16:   flow: {storage for stack} = stack:
./slice_idioms.go:26:16:     from stack (interface-converted) at ./slice_idioms.go:29:13
./slice_idioms.go:22:14: []int{...} escapes to heap:
./slice_idioms.go:22:14:   flow: ins = &{storage for []int{...}}:
./slice_idioms.go:22:14:     from []int{...} (spill) at ./slice_idioms.go:22:14
./slice_idioms.go:22:14:     from ins := []int{...} (assign) at ./slice_idioms.go:22:6
./slice_idioms.go:22:14:   flow: {storage for ins} = ins:
./slice_idioms.go:22:14:     from ins (interface-converted) at ./slice_idioms.go:24:13
./slice_idioms.go:17:15: []string{...} escapes to heap:
./slice_idioms.go:17:15:   flow: d = &{storage for []string{...}}:
./slice_idioms.go:17:15:     from []string{...} (spill) at ./slice_idioms.go:17:15
./slice_idioms.go:17:15:     from d := []string{...} (assign) at ./slice_idioms.go:17:4
./slice_idioms.go:17:15:   flow: {storage for d} = d:
./slice_idioms.go:17:15:     from d (interface-converted) at ./slice_idioms.go:20:13
./slice_idioms.go:8:12: []int{...} escapes to heap:
./slice_idioms.go:8:12:   flow: s = &{storage for []int{...}}:
./slice_idioms.go:8:12:     from []int{...} (spill) at ./slice_idioms.go:8:12
./slice_idioms.go:8:12:     from s := []int{...} (assign) at ./slice_idioms.go:8:4
./slice_idioms.go:8:12:   flow: {storage for s} = s:
./slice_idioms.go:8:12:     from s (interface-converted) at ./slice_idioms.go:15:13
./slice_idioms.go:48:14: x does not escape
./slice_idioms.go:8:12: []int{...} escapes to heap
./slice_idioms.go:15:13: ... argument does not escape
./slice_idioms.go:15:13: even escapes to heap
./slice_idioms.go:15:13: s escapes to heap
./slice_idioms.go:17:15: []string{...} escapes to heap
./slice_idioms.go:20:13: ... argument does not escape
./slice_idioms.go:20:13: d escapes to heap
./slice_idioms.go:20:20: len(d) escapes to heap
./slice_idioms.go:20:28: cap(d) escapes to heap
./slice_idioms.go:22:14: []int{...} escapes to heap
./slice_idioms.go:23:36: []int{...} does not escape
./slice_idioms.go:24:13: ... argument does not escape
./slice_idioms.go:24:13: ins escapes to heap
./slice_idioms.go:26:16: []int{...} escapes to heap
./slice_idioms.go:29:13: ... argument does not escape
./slice_idioms.go:29:13: top escapes to heap
./slice_idioms.go:29:13: stack escapes to heap
./slice_idioms.go:31:14: []int{...} escapes to heap
./slice_idioms.go:38:13: ... argument does not escape
./slice_idioms.go:38:13: out escapes to heap
./slice_idioms.go:40:13: []rune{...} does not escape
./slice_idioms.go:44:13: ... argument does not escape
./slice_idioms.go:44:20: string(r) escapes to heap
./slice_idioms.go:44:20: string(r) escapes to heap
./slice_idioms.go:47:14: []int{...} escapes to heap
./slice_idioms.go:48:9: func literal does not escape
./slice_idioms.go:56:13: ... argument does not escape
./slice_idioms.go:56:13: rot escapes to heap
