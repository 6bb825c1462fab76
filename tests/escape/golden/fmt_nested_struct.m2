./fmt_nested_struct.go:42:13: anon escapes to heap:
./fmt_nested_struct.go:42:13:   flow: {storage for ... argument} = &{storage for anon}:
./fmt_nested_struct.go:42:13:     from anon (spill) at ./fmt_nested_struct.go:42:13
./fmt_nested_struct.go:42:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:42:13:     from ... argument (spill) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13: anon escapes to heap:
./fmt_nested_struct.go:42:13:   flow: {storage for ... argument} = &{storage for anon}:
./fmt_nested_struct.go:42:13:     from anon (spill) at ./fmt_nested_struct.go:42:13
./fmt_nested_struct.go:42:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:42:13:     from ... argument (spill) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13: anon escapes to heap:
./fmt_nested_struct.go:42:13:   flow: {storage for ... argument} = &{storage for anon}:
./fmt_nested_struct.go:42:13:     from anon (spill) at ./fmt_nested_struct.go:42:13
./fmt_nested_struct.go:42:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:42:13:     from ... argument (spill) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:42:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:42:12
./fmt_nested_struct.go:35:13: e escapes to heap:
./fmt_nested_struct.go:35:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_nested_struct.go:35:13:     from e (spill) at ./fmt_nested_struct.go:35:13
./fmt_nested_struct.go:35:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:35:13:     from ... argument (spill) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13: e escapes to heap:
./fmt_nested_struct.go:35:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_nested_struct.go:35:13:     from e (spill) at ./fmt_nested_struct.go:35:13
./fmt_nested_struct.go:35:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:35:13:     from ... argument (spill) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13: e escapes to heap:
./fmt_nested_struct.go:35:13:   flow: {storage for ... argument} = &{storage for e}:
./fmt_nested_struct.go:35:13:     from e (spill) at ./fmt_nested_struct.go:35:13
./fmt_nested_struct.go:35:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:35:13:     from ... argument (spill) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:35:13:     from fmt.Printf("%v\n%+v\n%#v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:35:12
./fmt_nested_struct.go:32:13: p escapes to heap:
./fmt_nested_struct.go:32:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_nested_struct.go:32:13:     from p (spill) at ./fmt_nested_struct.go:32:13
./fmt_nested_struct.go:32:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:32:12
./fmt_nested_struct.go:32:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:32:13:     from ... argument (spill) at ./fmt_nested_struct.go:32:12
./fmt_nested_struct.go:32:13:     from fmt.Printf("%#v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:32:12
./fmt_nested_struct.go:31:13: p escapes to heap:
./fmt_nested_struct.go:31:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_nested_struct.go:31:13:     from p (spill) at ./fmt_nested_struct.go:31:13
./fmt_nested_struct.go:31:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:31:12
./fmt_nested_struct.go:31:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:31:13:     from ... argument (spill) at ./fmt_nested_struct.go:31:12
./fmt_nested_struct.go:31:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:31:12
./fmt_nested_struct.go:30:13: p escapes to heap:
./fmt_nested_struct.go:30:13:   flow: {storage for ... argument} = &{storage for p}:
./fmt_nested_struct.go:30:13:     from p (spill) at ./fmt_nested_struct.go:30:13
./fmt_nested_struct.go:30:13:     from ... argument (slice-literal-element) at ./fmt_nested_struct.go:30:12
./fmt_nested_struct.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_nested_struct.go:30:13:     from ... argument (spill) at ./fmt_nested_struct.go:30:12
./fmt_nested_struct.go:30:13:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./fmt_nested_struct.go:30:12
./fmt_nested_struct.go:28:19: [][]int{...} escapes to heap:
./fmt_nested_struct.go:28:19:   flow: p = &{storage for [][]int{...}}:
./fmt_nested_struct.go:28:19:     from [][]int{...} (spill) at ./fmt_nested_struct.go:28:19
./fmt_nested_struct.go:28:19:     from Person{...} (struct literal element) at ./fmt_nested_struct.go:22:13
./fmt_nested_struct.go:28:19:     from p := Person{...} (assign) at ./fmt_nested_struct.go:22:4
./fmt_nested_struct.go:28:19:   flow: {storage for p} = p:
./fmt_nested_struct.go:28:19:     from p (interface-converted) at ./fmt_nested_struct.go:32:13
./fmt_nested_struct.go:26:27: map[string]Addr{...} escapes to heap:
./fmt_nested_struct.go:26:27:   flow: p = &{storage for map[string]Addr{...}}:
./fmt_nested_struct.go:26:27:     from map[string]Addr{...} (spill) at ./fmt_nested_struct.go:26:27
./fmt_nested_struct.go:26:27:     from Person{...} (struct literal element) at ./fmt_nested_struct.go:22:13
./fmt_nested_struct.go:26:27:     from p := Person{...} (assign) at ./fmt_nested_struct.go:22:4
./fmt_nested_struct.go:26:27:   flow: {storage for p} = p:
./fmt_nested_struct.go:26:27:     from p (interface-converted) at ./fmt_nested_struct.go:32:13
./fmt_nested_struct.go:25:18: []Addr{...} escapes to heap:
./fmt_nested_struct.go:25:18:   flow: p = &{storage for []Addr{...}}:
./fmt_nested_struct.go:25:18:     from []Addr{...} (spill) at ./fmt_nested_struct.go:25:18
./fmt_nested_struct.go:25:18:     from Person{...} (struct literal element) at ./fmt_nested_struct.go:22:13
./fmt_nested_struct.go:25:18:     from p := Person{...} (assign) at ./fmt_nested_struct.go:22:4
./fmt_nested_struct.go:25:18:   flow: {storage for p} = p:
./fmt_nested_struct.go:25:18:     from p (interface-converted) at ./fmt_nested_struct.go:32:13
./fmt_nested_struct.go:28:33: []int{} escapes to heap:
./fmt_nested_struct.go:28:33:   flow: {storage for [][]int{...}} = &{storage for []int{}}:
./fmt_nested_struct.go:28:33:     from []int{} (spill) at ./fmt_nested_struct.go:28:33
./fmt_nested_struct.go:28:33:     from [][]int{...} (slice-literal-element) at ./fmt_nested_struct.go:28:19
./fmt_nested_struct.go:28:20: []int{...} escapes to heap:
./fmt_nested_struct.go:28:20:   flow: {storage for [][]int{...}} = &{storage for []int{...}}:
./fmt_nested_struct.go:28:20:     from []int{...} (spill) at ./fmt_nested_struct.go:28:20
./fmt_nested_struct.go:28:20:     from [][]int{...} (slice-literal-element) at ./fmt_nested_struct.go:28:19
./fmt_nested_struct.go:25:18: []Addr{...} escapes to heap
./fmt_nested_struct.go:26:27: map[string]Addr{...} escapes to heap
./fmt_nested_struct.go:28:19: [][]int{...} escapes to heap
./fmt_nested_struct.go:28:20: []int{...} escapes to heap
./fmt_nested_struct.go:28:33: []int{} escapes to heap
./fmt_nested_struct.go:30:12: ... argument does not escape
./fmt_nested_struct.go:30:13: p escapes to heap
./fmt_nested_struct.go:31:12: ... argument does not escape
./fmt_nested_struct.go:31:13: p escapes to heap
./fmt_nested_struct.go:32:12: ... argument does not escape
./fmt_nested_struct.go:32:13: p escapes to heap
./fmt_nested_struct.go:35:12: ... argument does not escape
./fmt_nested_struct.go:35:13: e escapes to heap
./fmt_nested_struct.go:35:13: e escapes to heap
./fmt_nested_struct.go:35:13: e escapes to heap
./fmt_nested_struct.go:42:12: ... argument does not escape
./fmt_nested_struct.go:42:13: anon escapes to heap
./fmt_nested_struct.go:42:13: anon escapes to heap
./fmt_nested_struct.go:42:13: anon escapes to heap
