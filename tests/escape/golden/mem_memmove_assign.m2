./mem_memmove_assign.go:26:8: main ignoring self-assignment in os[2] = os[0]
./mem_memmove_assign.go:30:13: main ignoring self-assignment in s[0], s[1] = s[1], s[0]
./mem_memmove_assign.go:30:13: main ignoring self-assignment in s[0], s[1] = s[1], s[0]
./mem_memmove_assign.go:39:14: "unreachable" escapes to heap:
./mem_memmove_assign.go:39:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./mem_memmove_assign.go:39:14:     from "unreachable" (spill) at ./mem_memmove_assign.go:39:14
./mem_memmove_assign.go:39:14:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:39:13
./mem_memmove_assign.go:39:14:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:39:14:     from ... argument (spill) at ./mem_memmove_assign.go:39:13
./mem_memmove_assign.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:39:13
./mem_memmove_assign.go:36:20: *brr escapes to heap:
./mem_memmove_assign.go:36:20:   flow: {storage for ... argument} = &{storage for *brr}:
./mem_memmove_assign.go:36:20:     from *brr (spill) at ./mem_memmove_assign.go:36:20
./mem_memmove_assign.go:36:20:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:36:13
./mem_memmove_assign.go:36:20:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:36:20:     from ... argument (spill) at ./mem_memmove_assign.go:36:13
./mem_memmove_assign.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:36:13
./mem_memmove_assign.go:36:14: *arr escapes to heap:
./mem_memmove_assign.go:36:14:   flow: {storage for ... argument} = &{storage for *arr}:
./mem_memmove_assign.go:36:14:     from *arr (spill) at ./mem_memmove_assign.go:36:14
./mem_memmove_assign.go:36:14:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:36:13
./mem_memmove_assign.go:36:14:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:36:14:     from ... argument (spill) at ./mem_memmove_assign.go:36:13
./mem_memmove_assign.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:36:13
./mem_memmove_assign.go:31:26: s[1].B escapes to heap:
./mem_memmove_assign.go:31:26:   flow: {storage for ... argument} = &{storage for s[1].B}:
./mem_memmove_assign.go:31:26:     from s[1].B (spill) at ./mem_memmove_assign.go:31:26
./mem_memmove_assign.go:31:26:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:31:13
./mem_memmove_assign.go:31:26:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:31:26:     from ... argument (spill) at ./mem_memmove_assign.go:31:13
./mem_memmove_assign.go:31:26:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:31:13
./mem_memmove_assign.go:31:18: s[0].B escapes to heap:
./mem_memmove_assign.go:31:18:   flow: {storage for ... argument} = &{storage for s[0].B}:
./mem_memmove_assign.go:31:18:     from s[0].B (spill) at ./mem_memmove_assign.go:31:18
./mem_memmove_assign.go:31:18:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:31:13
./mem_memmove_assign.go:31:18:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:31:18:     from ... argument (spill) at ./mem_memmove_assign.go:31:13
./mem_memmove_assign.go:31:18:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:31:13
./mem_memmove_assign.go:28:13: os escapes to heap:
./mem_memmove_assign.go:28:13:   flow: {storage for ... argument} = &{storage for os}:
./mem_memmove_assign.go:28:13:     from os (spill) at ./mem_memmove_assign.go:28:13
./mem_memmove_assign.go:28:13:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:28:13
./mem_memmove_assign.go:28:13:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:28:13:     from ... argument (spill) at ./mem_memmove_assign.go:28:13
./mem_memmove_assign.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:28:13
./mem_memmove_assign.go:23:18: *q escapes to heap:
./mem_memmove_assign.go:23:18:   flow: {storage for ... argument} = &{storage for *q}:
./mem_memmove_assign.go:23:18:     from *q (spill) at ./mem_memmove_assign.go:23:18
./mem_memmove_assign.go:23:18:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:23:13
./mem_memmove_assign.go:23:18:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:23:18:     from ... argument (spill) at ./mem_memmove_assign.go:23:13
./mem_memmove_assign.go:23:18:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:23:13
./mem_memmove_assign.go:23:14: *p escapes to heap:
./mem_memmove_assign.go:23:14:   flow: {storage for ... argument} = &{storage for *p}:
./mem_memmove_assign.go:23:14:     from *p (spill) at ./mem_memmove_assign.go:23:14
./mem_memmove_assign.go:23:14:     from ... argument (slice-literal-element) at ./mem_memmove_assign.go:23:13
./mem_memmove_assign.go:23:14:   flow: {heap} = {storage for ... argument}:
./mem_memmove_assign.go:23:14:     from ... argument (spill) at ./mem_memmove_assign.go:23:13
./mem_memmove_assign.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./mem_memmove_assign.go:23:13
./mem_memmove_assign.go:24:13: []Out{...} escapes to heap:
./mem_memmove_assign.go:24:13:   flow: os = &{storage for []Out{...}}:
./mem_memmove_assign.go:24:13:     from []Out{...} (spill) at ./mem_memmove_assign.go:24:13
./mem_memmove_assign.go:24:13:     from os := []Out{...} (assign) at ./mem_memmove_assign.go:24:5
./mem_memmove_assign.go:24:13:   flow: {storage for os} = os:
./mem_memmove_assign.go:24:13:     from os (interface-converted) at ./mem_memmove_assign.go:28:13
./mem_memmove_assign.go:19:7: &In{...} does not escape
./mem_memmove_assign.go:20:10: new(In) does not escape
./mem_memmove_assign.go:23:13: ... argument does not escape
./mem_memmove_assign.go:23:14: *p escapes to heap
./mem_memmove_assign.go:23:18: *q escapes to heap
./mem_memmove_assign.go:24:13: []Out{...} escapes to heap
./mem_memmove_assign.go:28:13: ... argument does not escape
./mem_memmove_assign.go:28:13: os escapes to heap
./mem_memmove_assign.go:29:11: []In{...} does not escape
./mem_memmove_assign.go:31:13: ... argument does not escape
./mem_memmove_assign.go:31:18: s[0].B escapes to heap
./mem_memmove_assign.go:31:26: s[1].B escapes to heap
./mem_memmove_assign.go:32:9: &[4]int{...} does not escape
./mem_memmove_assign.go:33:12: new([4]int) does not escape
./mem_memmove_assign.go:36:13: ... argument does not escape
./mem_memmove_assign.go:36:14: *arr escapes to heap
./mem_memmove_assign.go:36:20: *brr escapes to heap
./mem_memmove_assign.go:39:13: ... argument does not escape
./mem_memmove_assign.go:39:14: "unreachable" escapes to heap
