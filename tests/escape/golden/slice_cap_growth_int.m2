./slice_cap_growth_int.go:37:21: " " escapes to heap:
./slice_cap_growth_int.go:37:21:   flow: {storage for ... argument} = &{storage for " "}:
./slice_cap_growth_int.go:37:21:     from " " (spill) at ./slice_cap_growth_int.go:37:21
./slice_cap_growth_int.go:37:21:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:37:12
./slice_cap_growth_int.go:37:21:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:37:21:     from ... argument (spill) at ./slice_cap_growth_int.go:37:12
./slice_cap_growth_int.go:37:21:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_int.go:37:12
./slice_cap_growth_int.go:37:16: cap(u) escapes to heap:
./slice_cap_growth_int.go:37:16:   flow: {storage for ... argument} = &{storage for cap(u)}:
./slice_cap_growth_int.go:37:16:     from cap(u) (spill) at ./slice_cap_growth_int.go:37:16
./slice_cap_growth_int.go:37:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:37:12
./slice_cap_growth_int.go:37:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:37:16:     from ... argument (spill) at ./slice_cap_growth_int.go:37:12
./slice_cap_growth_int.go:37:16:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_int.go:37:12
./slice_cap_growth_int.go:29:21: " " escapes to heap:
./slice_cap_growth_int.go:29:21:   flow: {storage for ... argument} = &{storage for " "}:
./slice_cap_growth_int.go:29:21:     from " " (spill) at ./slice_cap_growth_int.go:29:21
./slice_cap_growth_int.go:29:21:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:29:12
./slice_cap_growth_int.go:29:21:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:29:21:     from ... argument (spill) at ./slice_cap_growth_int.go:29:12
./slice_cap_growth_int.go:29:21:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_int.go:29:12
./slice_cap_growth_int.go:29:16: cap(t) escapes to heap:
./slice_cap_growth_int.go:29:16:   flow: {storage for ... argument} = &{storage for cap(t)}:
./slice_cap_growth_int.go:29:16:     from cap(t) (spill) at ./slice_cap_growth_int.go:29:16
./slice_cap_growth_int.go:29:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:29:12
./slice_cap_growth_int.go:29:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:29:16:     from ... argument (spill) at ./slice_cap_growth_int.go:29:12
./slice_cap_growth_int.go:29:16:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_int.go:29:12
./slice_cap_growth_int.go:23:14: sum escapes to heap:
./slice_cap_growth_int.go:23:14:   flow: {storage for ... argument} = &{storage for sum}:
./slice_cap_growth_int.go:23:14:     from sum (spill) at ./slice_cap_growth_int.go:23:14
./slice_cap_growth_int.go:23:14:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:23:13
./slice_cap_growth_int.go:23:14:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:23:14:     from ... argument (spill) at ./slice_cap_growth_int.go:23:13
./slice_cap_growth_int.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_int.go:23:13
./slice_cap_growth_int.go:23:14: "sum" escapes to heap:
./slice_cap_growth_int.go:23:14:   flow: {storage for ... argument} = &{storage for "sum"}:
./slice_cap_growth_int.go:23:14:     from "sum" (spill) at ./slice_cap_growth_int.go:23:14
./slice_cap_growth_int.go:23:14:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:23:13
./slice_cap_growth_int.go:23:14:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:23:14:     from ... argument (spill) at ./slice_cap_growth_int.go:23:13
./slice_cap_growth_int.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_int.go:23:13
./slice_cap_growth_int.go:14:41: cap(s) escapes to heap:
./slice_cap_growth_int.go:14:41:   flow: {storage for ... argument} = &{storage for cap(s)}:
./slice_cap_growth_int.go:14:41:     from cap(s) (spill) at ./slice_cap_growth_int.go:14:41
./slice_cap_growth_int.go:14:41:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:41:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:14:41:     from ... argument (spill) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:41:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:31: "cap" escapes to heap:
./slice_cap_growth_int.go:14:31:   flow: {storage for ... argument} = &{storage for "cap"}:
./slice_cap_growth_int.go:14:31:     from "cap" (spill) at ./slice_cap_growth_int.go:14:31
./slice_cap_growth_int.go:14:31:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:31:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:14:31:     from ... argument (spill) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:31:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:26: len(s) escapes to heap:
./slice_cap_growth_int.go:14:26:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_cap_growth_int.go:14:26:     from len(s) (spill) at ./slice_cap_growth_int.go:14:26
./slice_cap_growth_int.go:14:26:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:26:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:14:26:     from ... argument (spill) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:26:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:16: "len" escapes to heap:
./slice_cap_growth_int.go:14:16:   flow: {storage for ... argument} = &{storage for "len"}:
./slice_cap_growth_int.go:14:16:     from "len" (spill) at ./slice_cap_growth_int.go:14:16
./slice_cap_growth_int.go:14:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_int.go:14:16:     from ... argument (spill) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:16:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_int.go:14:15
./slice_cap_growth_int.go:14:15: ... argument does not escape
./slice_cap_growth_int.go:14:16: "len" escapes to heap
./slice_cap_growth_int.go:14:26: len(s) escapes to heap
./slice_cap_growth_int.go:14:31: "cap" escapes to heap
./slice_cap_growth_int.go:14:41: cap(s) escapes to heap
./slice_cap_growth_int.go:23:13: ... argument does not escape
./slice_cap_growth_int.go:23:14: "sum" escapes to heap
./slice_cap_growth_int.go:23:14: sum escapes to heap
./slice_cap_growth_int.go:26:12: []int{...} does not escape
./slice_cap_growth_int.go:29:12: ... argument does not escape
./slice_cap_growth_int.go:29:16: cap(t) escapes to heap
./slice_cap_growth_int.go:29:21: " " escapes to heap
./slice_cap_growth_int.go:34:11: make([]int, 0, 5) does not escape
./slice_cap_growth_int.go:37:12: ... argument does not escape
./slice_cap_growth_int.go:37:16: cap(u) escapes to heap
./slice_cap_growth_int.go:37:21: " " escapes to heap
