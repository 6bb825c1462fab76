./method_value_nil_ptr_recv.go:12:7: n does not escape
./method_value_nil_ptr_recv.go:19:7: n does not escape
./method_value_nil_ptr_recv.go:29:15: v() escapes to heap:
./method_value_nil_ptr_recv.go:29:15:   flow: {storage for ... argument} = &{storage for v()}:
./method_value_nil_ptr_recv.go:29:15:     from v() (spill) at ./method_value_nil_ptr_recv.go:29:15
./method_value_nil_ptr_recv.go:29:15:     from ... argument (slice-literal-element) at ./method_value_nil_ptr_recv.go:29:13
./method_value_nil_ptr_recv.go:29:15:   flow: {heap} = {storage for ... argument}:
./method_value_nil_ptr_recv.go:29:15:     from ... argument (spill) at ./method_value_nil_ptr_recv.go:29:13
./method_value_nil_ptr_recv.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./method_value_nil_ptr_recv.go:29:13
./method_value_nil_ptr_recv.go:28:14: "bound" escapes to heap:
./method_value_nil_ptr_recv.go:28:14:   flow: {storage for ... argument} = &{storage for "bound"}:
./method_value_nil_ptr_recv.go:28:14:     from "bound" (spill) at ./method_value_nil_ptr_recv.go:28:14
./method_value_nil_ptr_recv.go:28:14:     from ... argument (slice-literal-element) at ./method_value_nil_ptr_recv.go:28:13
./method_value_nil_ptr_recv.go:28:14:   flow: {heap} = {storage for ... argument}:
./method_value_nil_ptr_recv.go:28:14:     from ... argument (spill) at ./method_value_nil_ptr_recv.go:28:13
./method_value_nil_ptr_recv.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./method_value_nil_ptr_recv.go:28:13
./method_value_nil_ptr_recv.go:26:44: (*Node).Len(list.next.next) escapes to heap:
./method_value_nil_ptr_recv.go:26:44:   flow: {storage for ... argument} = &{storage for (*Node).Len(list.next.next)}:
./method_value_nil_ptr_recv.go:26:44:     from (*Node).Len(list.next.next) (spill) at ./method_value_nil_ptr_recv.go:26:44
./method_value_nil_ptr_recv.go:26:44:     from ... argument (slice-literal-element) at ./method_value_nil_ptr_recv.go:26:13
./method_value_nil_ptr_recv.go:26:44:   flow: {heap} = {storage for ... argument}:
./method_value_nil_ptr_recv.go:26:44:     from ... argument (spill) at ./method_value_nil_ptr_recv.go:26:13
./method_value_nil_ptr_recv.go:26:44:     from fmt.Println(... argument...) (call parameter) at ./method_value_nil_ptr_recv.go:26:13
./method_value_nil_ptr_recv.go:26:22: (*Node).Len(list) escapes to heap:
./method_value_nil_ptr_recv.go:26:22:   flow: {storage for ... argument} = &{storage for (*Node).Len(list)}:
./method_value_nil_ptr_recv.go:26:22:     from (*Node).Len(list) (spill) at ./method_value_nil_ptr_recv.go:26:22
./method_value_nil_ptr_recv.go:26:22:     from ... argument (slice-literal-element) at ./method_value_nil_ptr_recv.go:26:13
./method_value_nil_ptr_recv.go:26:22:   flow: {heap} = {storage for ... argument}:
./method_value_nil_ptr_recv.go:26:22:     from ... argument (spill) at ./method_value_nil_ptr_recv.go:26:13
./method_value_nil_ptr_recv.go:26:22:     from fmt.Println(... argument...) (call parameter) at ./method_value_nil_ptr_recv.go:26:13
./method_value_nil_ptr_recv.go:24:15: l() escapes to heap:
./method_value_nil_ptr_recv.go:24:15:   flow: {storage for ... argument} = &{storage for l()}:
./method_value_nil_ptr_recv.go:24:15:     from l() (spill) at ./method_value_nil_ptr_recv.go:24:15
./method_value_nil_ptr_recv.go:24:15:     from ... argument (slice-literal-element) at ./method_value_nil_ptr_recv.go:24:13
./method_value_nil_ptr_recv.go:24:15:   flow: {heap} = {storage for ... argument}:
./method_value_nil_ptr_recv.go:24:15:     from ... argument (spill) at ./method_value_nil_ptr_recv.go:24:13
./method_value_nil_ptr_recv.go:24:15:     from fmt.Println(... argument...) (call parameter) at ./method_value_nil_ptr_recv.go:24:13
./method_value_nil_ptr_recv.go:23:12: empty.Len does not escape
./method_value_nil_ptr_recv.go:24:13: ... argument does not escape
./method_value_nil_ptr_recv.go:24:15: l() escapes to heap
./method_value_nil_ptr_recv.go:25:10: &Node{...} does not escape
./method_value_nil_ptr_recv.go:25:19: &Node{...} does not escape
./method_value_nil_ptr_recv.go:26:13: ... argument does not escape
./method_value_nil_ptr_recv.go:26:22: (*Node).Len(list) escapes to heap
./method_value_nil_ptr_recv.go:26:44: (*Node).Len(list.next.next) escapes to heap
./method_value_nil_ptr_recv.go:27:12: empty.Val does not escape
./method_value_nil_ptr_recv.go:28:13: ... argument does not escape
./method_value_nil_ptr_recv.go:28:14: "bound" escapes to heap
./method_value_nil_ptr_recv.go:29:13: ... argument does not escape
./method_value_nil_ptr_recv.go:29:15: v() escapes to heap
