./sprint_values.go:14:16: e == nil escapes to heap:
./sprint_values.go:14:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./sprint_values.go:14:16:     from e == nil (spill) at ./sprint_values.go:14:16
./sprint_values.go:14:16:     from ... argument (slice-literal-element) at ./sprint_values.go:14:13
./sprint_values.go:14:16:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:14:16:     from ... argument (spill) at ./sprint_values.go:14:13
./sprint_values.go:14:16:     from fmt.Println(... argument...) (call parameter) at ./sprint_values.go:14:13
./sprint_values.go:12:32: 3.5 escapes to heap:
./sprint_values.go:12:32:   flow: {storage for ... argument} = &{storage for 3.5}:
./sprint_values.go:12:32:     from 3.5 (spill) at ./sprint_values.go:12:32
./sprint_values.go:12:32:     from ... argument (slice-literal-element) at ./sprint_values.go:12:26
./sprint_values.go:12:32:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:12:32:     from ... argument (spill) at ./sprint_values.go:12:26
./sprint_values.go:12:32:     from fmt.Sprintln(... argument...) (call parameter) at ./sprint_values.go:12:26
./sprint_values.go:12:27: "x" escapes to heap:
./sprint_values.go:12:27:   flow: {storage for ... argument} = &{storage for "x"}:
./sprint_values.go:12:27:     from "x" (spill) at ./sprint_values.go:12:27
./sprint_values.go:12:27:     from ... argument (slice-literal-element) at ./sprint_values.go:12:26
./sprint_values.go:12:27:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:12:27:     from ... argument (spill) at ./sprint_values.go:12:26
./sprint_values.go:12:27:     from fmt.Sprintln(... argument...) (call parameter) at ./sprint_values.go:12:26
./sprint_values.go:12:41: len(s) escapes to heap:
./sprint_values.go:12:41:   flow: {storage for ... argument} = &{storage for len(s)}:
./sprint_values.go:12:41:     from len(s) (spill) at ./sprint_values.go:12:41
./sprint_values.go:12:41:     from ... argument (slice-literal-element) at ./sprint_values.go:12:13
./sprint_values.go:12:41:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:12:41:     from ... argument (spill) at ./sprint_values.go:12:13
./sprint_values.go:12:41:     from fmt.Println(... argument...) (call parameter) at ./sprint_values.go:12:13
./sprint_values.go:12:26: fmt.Sprintln(... argument...) escapes to heap:
./sprint_values.go:12:26:   flow: {storage for ... argument} = &{storage for fmt.Sprintln(... argument...)}:
./sprint_values.go:12:26:     from fmt.Sprintln(... argument...) (spill) at ./sprint_values.go:12:26
./sprint_values.go:12:26:     from ... argument (slice-literal-element) at ./sprint_values.go:12:13
./sprint_values.go:12:26:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:12:26:     from ... argument (spill) at ./sprint_values.go:12:13
./sprint_values.go:12:26:     from fmt.Println(... argument...) (call parameter) at ./sprint_values.go:12:13
./sprint_values.go:11:13: s escapes to heap:
./sprint_values.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./sprint_values.go:11:13:     from s (spill) at ./sprint_values.go:11:13
./sprint_values.go:11:13:     from ... argument (slice-literal-element) at ./sprint_values.go:11:13
./sprint_values.go:11:13:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:11:13:     from ... argument (spill) at ./sprint_values.go:11:13
./sprint_values.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./sprint_values.go:11:13
./sprint_values.go:10:30: []int{...} escapes to heap:
./sprint_values.go:10:30:   flow: {storage for ... argument} = &{storage for []int{...}}:
./sprint_values.go:10:30:     from []int{...} (spill) at ./sprint_values.go:10:30
./sprint_values.go:10:30:     from ... argument (slice-literal-element) at ./sprint_values.go:10:17
./sprint_values.go:10:30:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:10:30:     from ... argument (spill) at ./sprint_values.go:10:17
./sprint_values.go:10:30:     from fmt.Sprint(... argument...) (call parameter) at ./sprint_values.go:10:17
./sprint_values.go:8:2: p escapes to heap:
./sprint_values.go:8:2:   flow: pp = &p:
./sprint_values.go:8:2:     from &p (address-of) at ./sprint_values.go:9:8
./sprint_values.go:8:2:     from pp := &p (assign) at ./sprint_values.go:9:5
./sprint_values.go:8:2:   flow: {storage for ... argument} = pp:
./sprint_values.go:8:2:     from pp (interface-converted) at ./sprint_values.go:10:17
./sprint_values.go:8:2:     from ... argument (slice-literal-element) at ./sprint_values.go:10:17
./sprint_values.go:8:2:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:8:2:     from ... argument (spill) at ./sprint_values.go:10:17
./sprint_values.go:8:2:     from fmt.Sprint(... argument...) (call parameter) at ./sprint_values.go:10:17
./sprint_values.go:10:17: p escapes to heap:
./sprint_values.go:10:17:   flow: {storage for ... argument} = &{storage for p}:
./sprint_values.go:10:17:     from p (spill) at ./sprint_values.go:10:17
./sprint_values.go:10:17:     from ... argument (slice-literal-element) at ./sprint_values.go:10:17
./sprint_values.go:10:17:   flow: {heap} = {storage for ... argument}:
./sprint_values.go:10:17:     from ... argument (spill) at ./sprint_values.go:10:17
./sprint_values.go:10:17:     from fmt.Sprint(... argument...) (call parameter) at ./sprint_values.go:10:17
./sprint_values.go:10:30: []int{...} escapes to heap:
./sprint_values.go:10:30:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./sprint_values.go:10:30:     from []int{...} (spill) at ./sprint_values.go:10:30
./sprint_values.go:10:30:     from []int{...} (interface-converted) at ./sprint_values.go:10:30
./sprint_values.go:8:2: moved to heap: p
./sprint_values.go:10:17: ... argument does not escape
./sprint_values.go:10:17: p escapes to heap
./sprint_values.go:10:30: []int{...} escapes to heap
./sprint_values.go:10:30: []int{...} escapes to heap
./sprint_values.go:11:13: ... argument does not escape
./sprint_values.go:11:13: s escapes to heap
./sprint_values.go:12:13: ... argument does not escape
./sprint_values.go:12:26: fmt.Sprintln(... argument...) escapes to heap
./sprint_values.go:12:26: ... argument does not escape
./sprint_values.go:12:27: "x" escapes to heap
./sprint_values.go:12:32: 3.5 escapes to heap
./sprint_values.go:12:41: len(s) escapes to heap
./sprint_values.go:14:13: ... argument does not escape
./sprint_values.go:14:16: e == nil escapes to heap
