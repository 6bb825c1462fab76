./sort_slice_non_slice.go:8:10: try capturing by value: name (addr=false assign=false width=16)
./sort_slice_non_slice.go:11:20: "sorted" escapes to heap:
./sort_slice_non_slice.go:11:20:   flow: {storage for ... argument} = &{storage for "sorted"}:
./sort_slice_non_slice.go:11:20:     from "sorted" (spill) at ./sort_slice_non_slice.go:11:20
./sort_slice_non_slice.go:11:20:     from ... argument (slice-literal-element) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:11:20:   flow: {heap} = {storage for ... argument}:
./sort_slice_non_slice.go:11:20:     from ... argument (spill) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:11:13: name escapes to heap:
./sort_slice_non_slice.go:11:13:   flow: {storage for ... argument} = &{storage for name}:
./sort_slice_non_slice.go:11:13:     from name (spill) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:11:13:     from ... argument (slice-literal-element) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:11:13:   flow: {heap} = {storage for ... argument}:
./sort_slice_non_slice.go:11:13:     from ... argument (spill) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:8:23: parameter x leaks to {heap} with derefs=0:
./sort_slice_non_slice.go:8:23:   flow: {heap} = x:
./sort_slice_non_slice.go:8:23:     from sort.Slice(x, func literal) (call parameter) at ./sort_slice_non_slice.go:10:12
./sort_slice_non_slice.go:9:35: "->" escapes to heap:
./sort_slice_non_slice.go:9:35:   flow: {storage for ... argument} = &{storage for "->"}:
./sort_slice_non_slice.go:9:35:     from "->" (spill) at ./sort_slice_non_slice.go:9:35
./sort_slice_non_slice.go:9:35:     from ... argument (slice-literal-element) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:9:35:   flow: {heap} = {storage for ... argument}:
./sort_slice_non_slice.go:9:35:     from ... argument (spill) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:9:35:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:9:28: name escapes to heap:
./sort_slice_non_slice.go:9:28:   flow: {storage for ... argument} = &{storage for name}:
./sort_slice_non_slice.go:9:28:     from name (spill) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:9:28:     from ... argument (slice-literal-element) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:9:28:   flow: {heap} = {storage for ... argument}:
./sort_slice_non_slice.go:9:28:     from ... argument (spill) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:9:28:     from fmt.Println(... argument...) (call parameter) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:8:10: parameter name leaks to {storage for name} with derefs=0:
./sort_slice_non_slice.go:8:10:   flow: {storage for name} = name:
./sort_slice_non_slice.go:8:10:     from name (interface-converted) at ./sort_slice_non_slice.go:11:13
./sort_slice_non_slice.go:8:10: parameter name leaks to {storage for name} with derefs=0:
./sort_slice_non_slice.go:8:10:   flow: {storage for name} = name:
./sort_slice_non_slice.go:8:10:     from name (interface-converted) at ./sort_slice_non_slice.go:9:28
./sort_slice_non_slice.go:8:10: leaking param: name
./sort_slice_non_slice.go:8:23: leaking param: x
./sort_slice_non_slice.go:9:8: func literal does not escape
./sort_slice_non_slice.go:9:28: ... argument does not escape
./sort_slice_non_slice.go:9:28: name escapes to heap
./sort_slice_non_slice.go:9:35: "->" escapes to heap
./sort_slice_non_slice.go:10:16: func literal does not escape
./sort_slice_non_slice.go:11:13: ... argument does not escape
./sort_slice_non_slice.go:11:13: name escapes to heap
./sort_slice_non_slice.go:11:20: "sorted" escapes to heap
./sort_slice_non_slice.go:15:13: 3 escapes to heap:
./sort_slice_non_slice.go:15:13:   flow: {heap} = &{storage for 3}:
./sort_slice_non_slice.go:15:13:     from 3 (spill) at ./sort_slice_non_slice.go:15:13
./sort_slice_non_slice.go:15:13:     from try("int", 3) (call parameter) at ./sort_slice_non_slice.go:15:5
./sort_slice_non_slice.go:16:13: &[]int{...} escapes to heap:
./sort_slice_non_slice.go:16:13:   flow: {heap} = &{storage for &[]int{...}}:
./sort_slice_non_slice.go:16:13:     from &[]int{...} (spill) at ./sort_slice_non_slice.go:16:13
./sort_slice_non_slice.go:16:13:     from &[]int{...} (interface-converted) at ./sort_slice_non_slice.go:16:13
./sort_slice_non_slice.go:16:13:     from try("ptr", &[]int{...}) (call parameter) at ./sort_slice_non_slice.go:16:5
./sort_slice_non_slice.go:16:19: []int{...} escapes to heap:
./sort_slice_non_slice.go:16:19:   flow: {storage for &[]int{...}} = &{storage for []int{...}}:
./sort_slice_non_slice.go:16:19:     from []int{...} (spill) at ./sort_slice_non_slice.go:16:19
./sort_slice_non_slice.go:17:21: [2]int{...} escapes to heap:
./sort_slice_non_slice.go:17:21:   flow: {heap} = &{storage for [2]int{...}}:
./sort_slice_non_slice.go:17:21:     from [2]int{...} (spill) at ./sort_slice_non_slice.go:17:21
./sort_slice_non_slice.go:17:21:     from try("array", [2]int{...}) (call parameter) at ./sort_slice_non_slice.go:17:5
./sort_slice_non_slice.go:18:24: ([]int)(nil) escapes to heap:
./sort_slice_non_slice.go:18:24:   flow: {heap} = &{storage for ([]int)(nil)}:
./sort_slice_non_slice.go:18:24:     from ([]int)(nil) (spill) at ./sort_slice_non_slice.go:18:24
./sort_slice_non_slice.go:18:24:     from try("nil slice", ([]int)(nil)) (call parameter) at ./sort_slice_non_slice.go:18:5
./sort_slice_non_slice.go:19:23: []string{} escapes to heap:
./sort_slice_non_slice.go:19:23:   flow: {heap} = &{storage for []string{}}:
./sort_slice_non_slice.go:19:23:     from []string{} (spill) at ./sort_slice_non_slice.go:19:23
./sort_slice_non_slice.go:19:23:     from try("empty", []string{}) (call parameter) at ./sort_slice_non_slice.go:19:5
./sort_slice_non_slice.go:19:23: []string{} escapes to heap:
./sort_slice_non_slice.go:19:23:   flow: {storage for []string{}} = &{storage for []string{}}:
./sort_slice_non_slice.go:19:23:     from []string{} (spill) at ./sort_slice_non_slice.go:19:23
./sort_slice_non_slice.go:19:23:     from []string{} (interface-converted) at ./sort_slice_non_slice.go:19:23
./sort_slice_non_slice.go:20:24: map[int]int{} escapes to heap:
./sort_slice_non_slice.go:20:24:   flow: {heap} = &{storage for map[int]int{}}:
./sort_slice_non_slice.go:20:24:     from map[int]int{} (spill) at ./sort_slice_non_slice.go:20:24
./sort_slice_non_slice.go:20:24:     from map[int]int{} (interface-converted) at ./sort_slice_non_slice.go:20:24
./sort_slice_non_slice.go:20:24:     from sort.Slice(map[int]int{}, nil) (call parameter) at ./sort_slice_non_slice.go:20:12
./sort_slice_non_slice.go:15:13: 3 escapes to heap
./sort_slice_non_slice.go:16:13: &[]int{...} escapes to heap
./sort_slice_non_slice.go:16:19: []int{...} escapes to heap
./sort_slice_non_slice.go:17:21: [2]int{...} escapes to heap
./sort_slice_non_slice.go:18:24: ([]int)(nil) escapes to heap
./sort_slice_non_slice.go:19:23: []string{} escapes to heap
./sort_slice_non_slice.go:19:23: []string{} escapes to heap
./sort_slice_non_slice.go:20:24: map[int]int{} escapes to heap
