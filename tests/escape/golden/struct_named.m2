./struct_named.go:52:22: rs.W + rs.H escapes to heap:
./struct_named.go:52:22:   flow: {storage for ... argument} = &{storage for rs.W + rs.H}:
./struct_named.go:52:22:     from rs.W + rs.H (spill) at ./struct_named.go:52:22
./struct_named.go:52:22:     from ... argument (slice-literal-element) at ./struct_named.go:52:13
./struct_named.go:52:22:   flow: {heap} = {storage for ... argument}:
./struct_named.go:52:22:     from ... argument (spill) at ./struct_named.go:52:13
./struct_named.go:52:22:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:52:13
./struct_named.go:52:13: rs escapes to heap:
./struct_named.go:52:13:   flow: {storage for ... argument} = &{storage for rs}:
./struct_named.go:52:13:     from rs (spill) at ./struct_named.go:52:13
./struct_named.go:52:13:     from ... argument (slice-literal-element) at ./struct_named.go:52:13
./struct_named.go:52:13:   flow: {heap} = {storage for ... argument}:
./struct_named.go:52:13:     from ... argument (spill) at ./struct_named.go:52:13
./struct_named.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:52:13
./struct_named.go:47:15: p.Age escapes to heap:
./struct_named.go:47:15:   flow: {storage for ... argument} = &{storage for p.Age}:
./struct_named.go:47:15:     from p.Age (spill) at ./struct_named.go:47:15
./struct_named.go:47:15:     from ... argument (slice-literal-element) at ./struct_named.go:47:13
./struct_named.go:47:15:   flow: {heap} = {storage for ... argument}:
./struct_named.go:47:15:     from ... argument (spill) at ./struct_named.go:47:13
./struct_named.go:47:15:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:47:13
./struct_named.go:43:27: r escapes to heap:
./struct_named.go:43:27:   flow: {storage for ... argument} = &{storage for r}:
./struct_named.go:43:27:     from r (spill) at ./struct_named.go:43:27
./struct_named.go:43:27:     from ... argument (slice-literal-element) at ./struct_named.go:43:13
./struct_named.go:43:27:   flow: {heap} = {storage for ... argument}:
./struct_named.go:43:27:     from ... argument (spill) at ./struct_named.go:43:13
./struct_named.go:43:27:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:43:13
./struct_named.go:43:27: area(scale(r, 2)) escapes to heap:
./struct_named.go:43:27:   flow: {storage for ... argument} = &{storage for area(scale(r, 2))}:
./struct_named.go:43:27:     from area(scale(r, 2)) (spill) at ./struct_named.go:43:27
./struct_named.go:43:27:     from ... argument (slice-literal-element) at ./struct_named.go:43:13
./struct_named.go:43:27:   flow: {heap} = {storage for ... argument}:
./struct_named.go:43:27:     from ... argument (spill) at ./struct_named.go:43:13
./struct_named.go:43:27:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:43:13
./struct_named.go:43:18: area(r) escapes to heap:
./struct_named.go:43:18:   flow: {storage for ... argument} = &{storage for area(r)}:
./struct_named.go:43:18:     from area(r) (spill) at ./struct_named.go:43:18
./struct_named.go:43:18:     from ... argument (slice-literal-element) at ./struct_named.go:43:13
./struct_named.go:43:18:   flow: {heap} = {storage for ... argument}:
./struct_named.go:43:18:     from ... argument (spill) at ./struct_named.go:43:13
./struct_named.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:43:13
./struct_named.go:40:13: p escapes to heap:
./struct_named.go:40:13:   flow: {storage for ... argument} = &{storage for p}:
./struct_named.go:40:13:     from p (spill) at ./struct_named.go:40:13
./struct_named.go:40:13:     from ... argument (slice-literal-element) at ./struct_named.go:40:13
./struct_named.go:40:13:   flow: {heap} = {storage for ... argument}:
./struct_named.go:40:13:     from ... argument (spill) at ./struct_named.go:40:13
./struct_named.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:40:13
./struct_named.go:39:81: p.Address.Zip escapes to heap:
./struct_named.go:39:81:   flow: {storage for ... argument} = &{storage for p.Address.Zip}:
./struct_named.go:39:81:     from p.Address.Zip (spill) at ./struct_named.go:39:81
./struct_named.go:39:81:     from ... argument (slice-literal-element) at ./struct_named.go:39:13
./struct_named.go:39:81:   flow: {heap} = {storage for ... argument}:
./struct_named.go:39:81:     from ... argument (spill) at ./struct_named.go:39:13
./struct_named.go:39:81:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:39:13
./struct_named.go:39:65: p.Address.City escapes to heap:
./struct_named.go:39:65:   flow: {storage for ... argument} = &{storage for p.Address.City}:
./struct_named.go:39:65:     from p.Address.City (spill) at ./struct_named.go:39:65
./struct_named.go:39:65:     from ... argument (slice-literal-element) at ./struct_named.go:39:13
./struct_named.go:39:65:   flow: {heap} = {storage for ... argument}:
./struct_named.go:39:65:     from ... argument (spill) at ./struct_named.go:39:13
./struct_named.go:39:65:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:39:13
./struct_named.go:39:45: p.Scores["logic"] escapes to heap:
./struct_named.go:39:45:   flow: {storage for ... argument} = &{storage for p.Scores["logic"]}:
./struct_named.go:39:45:     from p.Scores["logic"] (spill) at ./struct_named.go:39:45
./struct_named.go:39:45:     from ... argument (slice-literal-element) at ./struct_named.go:39:13
./struct_named.go:39:45:   flow: {heap} = {storage for ... argument}:
./struct_named.go:39:45:     from ... argument (spill) at ./struct_named.go:39:13
./struct_named.go:39:45:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:39:13
./struct_named.go:39:30: p.Tags escapes to heap:
./struct_named.go:39:30:   flow: {storage for ... argument} = &{storage for p.Tags}:
./struct_named.go:39:30:     from p.Tags (spill) at ./struct_named.go:39:30
./struct_named.go:39:30:     from ... argument (slice-literal-element) at ./struct_named.go:39:13
./struct_named.go:39:30:   flow: {heap} = {storage for ... argument}:
./struct_named.go:39:30:     from ... argument (spill) at ./struct_named.go:39:13
./struct_named.go:39:30:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:39:13
./struct_named.go:39:23: p.Age escapes to heap:
./struct_named.go:39:23:   flow: {storage for ... argument} = &{storage for p.Age}:
./struct_named.go:39:23:     from p.Age (spill) at ./struct_named.go:39:23
./struct_named.go:39:23:     from ... argument (slice-literal-element) at ./struct_named.go:39:13
./struct_named.go:39:23:   flow: {heap} = {storage for ... argument}:
./struct_named.go:39:23:     from ... argument (spill) at ./struct_named.go:39:13
./struct_named.go:39:23:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:39:13
./struct_named.go:39:15: p.Name escapes to heap:
./struct_named.go:39:15:   flow: {storage for ... argument} = &{storage for p.Name}:
./struct_named.go:39:15:     from p.Name (spill) at ./struct_named.go:39:15
./struct_named.go:39:15:     from ... argument (slice-literal-element) at ./struct_named.go:39:13
./struct_named.go:39:15:   flow: {heap} = {storage for ... argument}:
./struct_named.go:39:15:     from ... argument (spill) at ./struct_named.go:39:13
./struct_named.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./struct_named.go:39:13
./struct_named.go:32:81: p.Address escapes to heap:
./struct_named.go:32:81:   flow: {storage for ... argument} = &{storage for p.Address}:
./struct_named.go:32:81:     from p.Address (spill) at ./struct_named.go:32:81
./struct_named.go:32:81:     from ... argument (slice-literal-element) at ./struct_named.go:32:12
./struct_named.go:32:81:   flow: {heap} = {storage for ... argument}:
./struct_named.go:32:81:     from ... argument (spill) at ./struct_named.go:32:12
./struct_named.go:32:81:     from fmt.Printf("%q %d %v %v %v\n", ... argument...) (call parameter) at ./struct_named.go:32:12
./struct_named.go:32:72: p.Scores == nil escapes to heap:
./struct_named.go:32:72:   flow: {storage for ... argument} = &{storage for p.Scores == nil}:
./struct_named.go:32:72:     from p.Scores == nil (spill) at ./struct_named.go:32:72
./struct_named.go:32:72:     from ... argument (slice-literal-element) at ./struct_named.go:32:12
./struct_named.go:32:72:   flow: {heap} = {storage for ... argument}:
./struct_named.go:32:72:     from ... argument (spill) at ./struct_named.go:32:12
./struct_named.go:32:72:     from fmt.Printf("%q %d %v %v %v\n", ... argument...) (call parameter) at ./struct_named.go:32:12
./struct_named.go:32:55: p.Tags == nil escapes to heap:
./struct_named.go:32:55:   flow: {storage for ... argument} = &{storage for p.Tags == nil}:
./struct_named.go:32:55:     from p.Tags == nil (spill) at ./struct_named.go:32:55
./struct_named.go:32:55:     from ... argument (slice-literal-element) at ./struct_named.go:32:12
./struct_named.go:32:55:   flow: {heap} = {storage for ... argument}:
./struct_named.go:32:55:     from ... argument (spill) at ./struct_named.go:32:12
./struct_named.go:32:55:     from fmt.Printf("%q %d %v %v %v\n", ... argument...) (call parameter) at ./struct_named.go:32:12
./struct_named.go:32:42: p.Age escapes to heap:
./struct_named.go:32:42:   flow: {storage for ... argument} = &{storage for p.Age}:
./struct_named.go:32:42:     from p.Age (spill) at ./struct_named.go:32:42
./struct_named.go:32:42:     from ... argument (slice-literal-element) at ./struct_named.go:32:12
./struct_named.go:32:42:   flow: {heap} = {storage for ... argument}:
./struct_named.go:32:42:     from ... argument (spill) at ./struct_named.go:32:12
./struct_named.go:32:42:     from fmt.Printf("%q %d %v %v %v\n", ... argument...) (call parameter) at ./struct_named.go:32:12
./struct_named.go:32:34: p.Name escapes to heap:
./struct_named.go:32:34:   flow: {storage for ... argument} = &{storage for p.Name}:
./struct_named.go:32:34:     from p.Name (spill) at ./struct_named.go:32:34
./struct_named.go:32:34:     from ... argument (slice-literal-element) at ./struct_named.go:32:12
./struct_named.go:32:34:   flow: {heap} = {storage for ... argument}:
./struct_named.go:32:34:     from ... argument (spill) at ./struct_named.go:32:12
./struct_named.go:32:34:     from fmt.Printf("%q %d %v %v %v\n", ... argument...) (call parameter) at ./struct_named.go:32:12
./struct_named.go:36:27: map[string]int{...} escapes to heap:
./struct_named.go:36:27:   flow: p = &{storage for map[string]int{...}}:
./struct_named.go:36:27:     from map[string]int{...} (spill) at ./struct_named.go:36:27
./struct_named.go:36:27:     from p.Scores = map[string]int{...} (assign) at ./struct_named.go:36:11
./struct_named.go:36:27:   flow: {storage for p} = p:
./struct_named.go:36:27:     from p (interface-converted) at ./struct_named.go:40:13
./struct_named.go:32:12: ... argument does not escape
./struct_named.go:32:34: p.Name escapes to heap
./struct_named.go:32:42: p.Age escapes to heap
./struct_named.go:32:55: p.Tags == nil escapes to heap
./struct_named.go:32:72: p.Scores == nil escapes to heap
./struct_named.go:32:81: p.Address escapes to heap
./struct_named.go:36:27: map[string]int{...} escapes to heap
./struct_named.go:39:13: ... argument does not escape
./struct_named.go:39:15: p.Name escapes to heap
./struct_named.go:39:23: p.Age escapes to heap
./struct_named.go:39:30: p.Tags escapes to heap
./struct_named.go:39:45: p.Scores["logic"] escapes to heap
./struct_named.go:39:65: p.Address.City escapes to heap
./struct_named.go:39:81: p.Address.Zip escapes to heap
./struct_named.go:40:13: ... argument does not escape
./struct_named.go:40:13: p escapes to heap
./struct_named.go:43:13: ... argument does not escape
./struct_named.go:43:18: area(r) escapes to heap
./struct_named.go:43:27: area(scale(r, 2)) escapes to heap
./struct_named.go:43:27: r escapes to heap
./struct_named.go:47:13: ... argument does not escape
./struct_named.go:47:15: p.Age escapes to heap
./struct_named.go:52:13: ... argument does not escape
./struct_named.go:52:13: rs escapes to heap
./struct_named.go:52:22: rs.W + rs.H escapes to heap
