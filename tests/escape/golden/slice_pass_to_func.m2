./slice_pass_to_func.go:7:11: s does not escape
./slice_pass_to_func.go:13:11: s does not escape
./slice_pass_to_func.go:17:11: parameter s leaks to ~r0 with derefs=0:
./slice_pass_to_func.go:17:11:   flow: ~r0 = s:
./slice_pass_to_func.go:17:11:     from append(s, v) (call parameter) at ./slice_pass_to_func.go:18:15
./slice_pass_to_func.go:17:11:     from return append(s, v) (return) at ./slice_pass_to_func.go:18:2
./slice_pass_to_func.go:17:11: leaking param: s to result ~r0 level=0
./slice_pass_to_func.go:23:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_pass_to_func.go:23:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_pass_to_func.go:21:14: s does not escape
./slice_pass_to_func.go:44:14: "ok" escapes to heap:
./slice_pass_to_func.go:44:14:   flow: {storage for ... argument} = &{storage for "ok"}:
./slice_pass_to_func.go:44:14:     from "ok" (spill) at ./slice_pass_to_func.go:44:14
./slice_pass_to_func.go:44:14:     from ... argument (slice-literal-element) at ./slice_pass_to_func.go:44:13
./slice_pass_to_func.go:44:14:   flow: {heap} = {storage for ... argument}:
./slice_pass_to_func.go:44:14:     from ... argument (spill) at ./slice_pass_to_func.go:44:13
./slice_pass_to_func.go:44:14:     from fmt.Println(... argument...) (call parameter) at ./slice_pass_to_func.go:44:13
./slice_pass_to_func.go:42:13: w escapes to heap:
./slice_pass_to_func.go:42:13:   flow: {storage for ... argument} = &{storage for w}:
./slice_pass_to_func.go:42:13:     from w (spill) at ./slice_pass_to_func.go:42:13
./slice_pass_to_func.go:42:13:     from ... argument (slice-literal-element) at ./slice_pass_to_func.go:42:13
./slice_pass_to_func.go:42:13:   flow: {heap} = {storage for ... argument}:
./slice_pass_to_func.go:42:13:     from ... argument (spill) at ./slice_pass_to_func.go:42:13
./slice_pass_to_func.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./slice_pass_to_func.go:42:13
./slice_pass_to_func.go:40:13: w escapes to heap:
./slice_pass_to_func.go:40:13:   flow: {storage for ... argument} = &{storage for w}:
./slice_pass_to_func.go:40:13:     from w (spill) at ./slice_pass_to_func.go:40:13
./slice_pass_to_func.go:40:13:     from ... argument (slice-literal-element) at ./slice_pass_to_func.go:40:13
./slice_pass_to_func.go:40:13:   flow: {heap} = {storage for ... argument}:
./slice_pass_to_func.go:40:13:     from ... argument (spill) at ./slice_pass_to_func.go:40:13
./slice_pass_to_func.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./slice_pass_to_func.go:40:13
./slice_pass_to_func.go:36:13: a escapes to heap:
./slice_pass_to_func.go:36:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_pass_to_func.go:36:13:     from a (spill) at ./slice_pass_to_func.go:36:13
./slice_pass_to_func.go:36:13:     from ... argument (slice-literal-element) at ./slice_pass_to_func.go:36:13
./slice_pass_to_func.go:36:13:   flow: {heap} = {storage for ... argument}:
./slice_pass_to_func.go:36:13:     from ... argument (spill) at ./slice_pass_to_func.go:36:13
./slice_pass_to_func.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./slice_pass_to_func.go:36:13
./slice_pass_to_func.go:33:17: len(a) escapes to heap:
./slice_pass_to_func.go:33:17:   flow: {storage for ... argument} = &{storage for len(a)}:
./slice_pass_to_func.go:33:17:     from len(a) (spill) at ./slice_pass_to_func.go:33:17
./slice_pass_to_func.go:33:17:     from ... argument (slice-literal-element) at ./slice_pass_to_func.go:33:13
./slice_pass_to_func.go:33:17:   flow: {heap} = {storage for ... argument}:
./slice_pass_to_func.go:33:17:     from ... argument (spill) at ./slice_pass_to_func.go:33:13
./slice_pass_to_func.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./slice_pass_to_func.go:33:13
./slice_pass_to_func.go:30:13: a escapes to heap:
./slice_pass_to_func.go:30:13:   flow: {storage for ... argument} = &{storage for a}:
./slice_pass_to_func.go:30:13:     from a (spill) at ./slice_pass_to_func.go:30:13
./slice_pass_to_func.go:30:13:     from ... argument (slice-literal-element) at ./slice_pass_to_func.go:30:13
./slice_pass_to_func.go:30:13:   flow: {heap} = {storage for ... argument}:
./slice_pass_to_func.go:30:13:     from ... argument (spill) at ./slice_pass_to_func.go:30:13
./slice_pass_to_func.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./slice_pass_to_func.go:30:13
./slice_pass_to_func.go:38:15: []string{...} escapes to heap:
./slice_pass_to_func.go:38:15:   flow: w = &{storage for []string{...}}:
./slice_pass_to_func.go:38:15:     from []string{...} (spill) at ./slice_pass_to_func.go:38:15
./slice_pass_to_func.go:38:15:     from w := []string{...} (assign) at ./slice_pass_to_func.go:38:4
./slice_pass_to_func.go:38:15:   flow: {storage for w} = w:
./slice_pass_to_func.go:38:15:     from w (interface-converted) at ./slice_pass_to_func.go:42:13
./slice_pass_to_func.go:28:12: []int{...} escapes to heap:
./slice_pass_to_func.go:28:12:   flow: a = &{storage for []int{...}}:
./slice_pass_to_func.go:28:12:     from []int{...} (spill) at ./slice_pass_to_func.go:28:12
./slice_pass_to_func.go:28:12:     from a := []int{...} (assign) at ./slice_pass_to_func.go:28:4
./slice_pass_to_func.go:28:12:   flow: {storage for a} = a:
./slice_pass_to_func.go:28:12:     from a (interface-converted) at ./slice_pass_to_func.go:36:13
./slice_pass_to_func.go:28:12: []int{...} escapes to heap
./slice_pass_to_func.go:30:13: ... argument does not escape
./slice_pass_to_func.go:30:13: a escapes to heap
./slice_pass_to_func.go:33:13: ... argument does not escape
./slice_pass_to_func.go:33:17: len(a) escapes to heap
./slice_pass_to_func.go:36:13: ... argument does not escape
./slice_pass_to_func.go:36:13: a escapes to heap
./slice_pass_to_func.go:38:15: []string{...} escapes to heap
./slice_pass_to_func.go:40:13: ... argument does not escape
./slice_pass_to_func.go:40:13: w escapes to heap
./slice_pass_to_func.go:42:13: ... argument does not escape
./slice_pass_to_func.go:42:13: w escapes to heap
./slice_pass_to_func.go:44:13: ... argument does not escape
./slice_pass_to_func.go:44:14: "ok" escapes to heap
