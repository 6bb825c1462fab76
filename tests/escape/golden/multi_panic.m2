./b.go:3:10: s does not escape
./a.go:8:17: get([]int{...}, 5) escapes to heap:
./a.go:8:17:   flow: {storage for ... argument} = &{storage for get([]int{...}, 5)}:
./a.go:8:17:     from get([]int{...}, 5) (spill) at ./a.go:8:17
./a.go:8:17:     from ... argument (slice-literal-element) at ./a.go:8:13
./a.go:8:17:   flow: {heap} = {storage for ... argument}:
./a.go:8:17:     from ... argument (spill) at ./a.go:8:13
./a.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./a.go:8:13
./a.go:7:17: get([]int{...}, 1) escapes to heap:
./a.go:7:17:   flow: {storage for ... argument} = &{storage for get([]int{...}, 1)}:
./a.go:7:17:     from get([]int{...}, 1) (spill) at ./a.go:7:17
./a.go:7:17:     from ... argument (slice-literal-element) at ./a.go:7:13
./a.go:7:17:   flow: {heap} = {storage for ... argument}:
./a.go:7:17:     from ... argument (spill) at ./a.go:7:13
./a.go:7:17:     from fmt.Println(... argument...) (call parameter) at ./a.go:7:13
./a.go:6:14: "start" escapes to heap:
./a.go:6:14:   flow: {storage for ... argument} = &{storage for "start"}:
./a.go:6:14:     from "start" (spill) at ./a.go:6:14
./a.go:6:14:     from ... argument (slice-literal-element) at ./a.go:6:13
./a.go:6:14:   flow: {heap} = {storage for ... argument}:
./a.go:6:14:     from ... argument (spill) at ./a.go:6:13
./a.go:6:14:     from fmt.Println(... argument...) (call parameter) at ./a.go:6:13
./a.go:6:13: ... argument does not escape
./a.go:6:14: "start" escapes to heap
./a.go:7:13: ... argument does not escape
./a.go:7:17: get([]int{...}, 1) escapes to heap
./a.go:7:23: []int{...} does not escape
./a.go:8:13: ... argument does not escape
./a.go:8:17: get([]int{...}, 5) escapes to heap
./a.go:8:23: []int{...} does not escape
