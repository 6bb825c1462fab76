./func_value_closure_compare.go:9:12: xs does not escape
./func_value_closure_compare.go:19:12: xs does not escape
./func_value_closure_compare.go:52:28: " " escapes to heap:
./func_value_closure_compare.go:52:28:   flow: {storage for ... argument} = &{storage for " "}:
./func_value_closure_compare.go:52:28:     from " " (spill) at ./func_value_closure_compare.go:52:28
./func_value_closure_compare.go:52:28:     from ... argument (slice-literal-element) at ./func_value_closure_compare.go:52:12
./func_value_closure_compare.go:52:28:   flow: {heap} = {storage for ... argument}:
./func_value_closure_compare.go:52:28:     from ... argument (spill) at ./func_value_closure_compare.go:52:12
./func_value_closure_compare.go:52:28:     from fmt.Print(... argument...) (call parameter) at ./func_value_closure_compare.go:52:12
./func_value_closure_compare.go:52:16: cur(data[i:]) escapes to heap:
./func_value_closure_compare.go:52:16:   flow: {storage for ... argument} = &{storage for cur(data[i:])}:
./func_value_closure_compare.go:52:16:     from cur(data[i:]) (spill) at ./func_value_closure_compare.go:52:16
./func_value_closure_compare.go:52:16:     from ... argument (slice-literal-element) at ./func_value_closure_compare.go:52:12
./func_value_closure_compare.go:52:16:   flow: {heap} = {storage for ... argument}:
./func_value_closure_compare.go:52:16:     from ... argument (spill) at ./func_value_closure_compare.go:52:12
./func_value_closure_compare.go:52:16:     from fmt.Print(... argument...) (call parameter) at ./func_value_closure_compare.go:52:12
./func_value_closure_compare.go:35:15: []int{...} escapes to heap:
./func_value_closure_compare.go:35:15:   flow: data = &{storage for []int{...}}:
./func_value_closure_compare.go:35:15:     from []int{...} (spill) at ./func_value_closure_compare.go:35:15
./func_value_closure_compare.go:35:15:     from data := []int{...} (assign) at ./func_value_closure_compare.go:35:7
./func_value_closure_compare.go:35:15:   flow: {heap} = data:
./func_value_closure_compare.go:35:15:     from p.Pick(data) (call parameter) at ./func_value_closure_compare.go:42:29
./func_value_closure_compare.go:42:29: p.Pick(data) escapes to heap:
./func_value_closure_compare.go:42:29:   flow: {storage for ... argument} = &{storage for p.Pick(data)}:
./func_value_closure_compare.go:42:29:     from p.Pick(data) (spill) at ./func_value_closure_compare.go:42:29
./func_value_closure_compare.go:42:29:     from ... argument (slice-literal-element) at ./func_value_closure_compare.go:42:14
./func_value_closure_compare.go:42:29:   flow: {heap} = {storage for ... argument}:
./func_value_closure_compare.go:42:29:     from ... argument (spill) at ./func_value_closure_compare.go:42:14
./func_value_closure_compare.go:42:29:     from fmt.Println(... argument...) (call parameter) at ./func_value_closure_compare.go:42:14
./func_value_closure_compare.go:42:16: p.Name escapes to heap:
./func_value_closure_compare.go:42:16:   flow: {storage for ... argument} = &{storage for p.Name}:
./func_value_closure_compare.go:42:16:     from p.Name (spill) at ./func_value_closure_compare.go:42:16
./func_value_closure_compare.go:42:16:     from ... argument (slice-literal-element) at ./func_value_closure_compare.go:42:14
./func_value_closure_compare.go:42:16:   flow: {heap} = {storage for ... argument}:
./func_value_closure_compare.go:42:16:     from ... argument (spill) at ./func_value_closure_compare.go:42:14
./func_value_closure_compare.go:42:16:     from fmt.Println(... argument...) (call parameter) at ./func_value_closure_compare.go:42:14
./func_value_closure_compare.go:39:24: "-" escapes to heap:
./func_value_closure_compare.go:39:24:   flow: {storage for ... argument} = &{storage for "-"}:
./func_value_closure_compare.go:39:24:     from "-" (spill) at ./func_value_closure_compare.go:39:24
./func_value_closure_compare.go:39:24:     from ... argument (slice-literal-element) at ./func_value_closure_compare.go:39:15
./func_value_closure_compare.go:39:24:   flow: {heap} = {storage for ... argument}:
./func_value_closure_compare.go:39:24:     from ... argument (spill) at ./func_value_closure_compare.go:39:15
./func_value_closure_compare.go:39:24:     from fmt.Println(... argument...) (call parameter) at ./func_value_closure_compare.go:39:15
./func_value_closure_compare.go:39:17: p.Name escapes to heap:
./func_value_closure_compare.go:39:17:   flow: {storage for ... argument} = &{storage for p.Name}:
./func_value_closure_compare.go:39:17:     from p.Name (spill) at ./func_value_closure_compare.go:39:17
./func_value_closure_compare.go:39:17:     from ... argument (slice-literal-element) at ./func_value_closure_compare.go:39:15
./func_value_closure_compare.go:39:17:   flow: {heap} = {storage for ... argument}:
./func_value_closure_compare.go:39:17:     from ... argument (spill) at ./func_value_closure_compare.go:39:15
./func_value_closure_compare.go:39:17:     from fmt.Println(... argument...) (call parameter) at ./func_value_closure_compare.go:39:15
./func_value_closure_compare.go:35:15: []int{...} escapes to heap
./func_value_closure_compare.go:36:21: []Picker{...} does not escape
./func_value_closure_compare.go:39:15: ... argument does not escape
./func_value_closure_compare.go:39:17: p.Name escapes to heap
./func_value_closure_compare.go:39:24: "-" escapes to heap
./func_value_closure_compare.go:42:14: ... argument does not escape
./func_value_closure_compare.go:42:16: p.Name escapes to heap
./func_value_closure_compare.go:42:29: p.Pick(data) escapes to heap
./func_value_closure_compare.go:52:12: ... argument does not escape
./func_value_closure_compare.go:52:16: cur(data[i:]) escapes to heap
./func_value_closure_compare.go:52:28: " " escapes to heap
