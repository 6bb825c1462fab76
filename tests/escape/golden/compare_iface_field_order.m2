./compare_iface_field_order.go:21:10: try capturing by value: name (addr=false assign=false width=16)
./compare_iface_field_order.go:27:21: f() escapes to heap:
./compare_iface_field_order.go:27:21:   flow: {storage for ... argument} = &{storage for f()}:
./compare_iface_field_order.go:27:21:     from f() (spill) at ./compare_iface_field_order.go:27:21
./compare_iface_field_order.go:27:21:     from ... argument (slice-literal-element) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:27:21:   flow: {heap} = {storage for ... argument}:
./compare_iface_field_order.go:27:21:     from ... argument (spill) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:27:21:     from fmt.Println(... argument...) (call parameter) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:27:13: name escapes to heap:
./compare_iface_field_order.go:27:13:   flow: {storage for ... argument} = &{storage for name}:
./compare_iface_field_order.go:27:13:     from name (spill) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:27:13:     from ... argument (slice-literal-element) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:27:13:   flow: {heap} = {storage for ... argument}:
./compare_iface_field_order.go:27:13:     from ... argument (spill) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:24:22: "panic:" escapes to heap:
./compare_iface_field_order.go:24:22:   flow: {storage for ... argument} = &{storage for "panic:"}:
./compare_iface_field_order.go:24:22:     from "panic:" (spill) at ./compare_iface_field_order.go:24:22
./compare_iface_field_order.go:24:22:     from ... argument (slice-literal-element) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:24:22:   flow: {heap} = {storage for ... argument}:
./compare_iface_field_order.go:24:22:     from ... argument (spill) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:24:22:     from fmt.Println(... argument...) (call parameter) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:24:15: name escapes to heap:
./compare_iface_field_order.go:24:15:   flow: {storage for ... argument} = &{storage for name}:
./compare_iface_field_order.go:24:15:     from name (spill) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:24:15:     from ... argument (slice-literal-element) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:24:15:   flow: {heap} = {storage for ... argument}:
./compare_iface_field_order.go:24:15:     from ... argument (spill) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:24:15:     from fmt.Println(... argument...) (call parameter) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:21:10: parameter name leaks to {storage for name} with derefs=0:
./compare_iface_field_order.go:21:10:   flow: {storage for name} = name:
./compare_iface_field_order.go:21:10:     from name (interface-converted) at ./compare_iface_field_order.go:27:13
./compare_iface_field_order.go:21:10: parameter name leaks to {storage for name} with derefs=0:
./compare_iface_field_order.go:21:10:   flow: {storage for name} = name:
./compare_iface_field_order.go:21:10:     from name (interface-converted) at ./compare_iface_field_order.go:24:15
./compare_iface_field_order.go:21:10: leaking param: name
./compare_iface_field_order.go:21:23: f does not escape
./compare_iface_field_order.go:22:8: func literal does not escape
./compare_iface_field_order.go:24:15: ... argument does not escape
./compare_iface_field_order.go:24:15: name escapes to heap
./compare_iface_field_order.go:24:22: "panic:" escapes to heap
./compare_iface_field_order.go:27:13: ... argument does not escape
./compare_iface_field_order.go:27:13: name escapes to heap
./compare_iface_field_order.go:27:21: f() escapes to heap
./compare_iface_field_order.go:36:6: main capturing by value: x (addr=false assign=false width=16)
./compare_iface_field_order.go:36:9: main capturing by value: y (addr=false assign=false width=16)
./compare_iface_field_order.go:38:6: main capturing by value: bx (addr=false assign=false width=16)
./compare_iface_field_order.go:38:10: main capturing by value: by (addr=false assign=false width=16)
./compare_iface_field_order.go:40:6: main capturing by value: ax (addr=false assign=false width=16)
./compare_iface_field_order.go:40:10: main capturing by value: ay (addr=false assign=false width=16)
./compare_iface_field_order.go:31:23: func literal does not escape
./compare_iface_field_order.go:31:51: []int{...} does not escape
./compare_iface_field_order.go:31:51: []int{...} does not escape
./compare_iface_field_order.go:31:71: []int{...} does not escape
./compare_iface_field_order.go:31:71: []int{...} does not escape
./compare_iface_field_order.go:32:24: func literal does not escape
./compare_iface_field_order.go:32:53: []int{...} does not escape
./compare_iface_field_order.go:32:53: []int{...} does not escape
./compare_iface_field_order.go:32:72: []int{...} does not escape
./compare_iface_field_order.go:32:72: []int{...} does not escape
./compare_iface_field_order.go:33:25: func literal does not escape
./compare_iface_field_order.go:33:55: []int{...} does not escape
./compare_iface_field_order.go:33:55: []int{...} does not escape
./compare_iface_field_order.go:33:84: []int{...} does not escape
./compare_iface_field_order.go:33:84: []int{...} does not escape
./compare_iface_field_order.go:34:23: func literal does not escape
./compare_iface_field_order.go:34:52: []int{} does not escape
./compare_iface_field_order.go:34:52: []int{} does not escape
./compare_iface_field_order.go:34:56: 1 does not escape
./compare_iface_field_order.go:34:70: []int{} does not escape
./compare_iface_field_order.go:34:70: []int{} does not escape
./compare_iface_field_order.go:34:74: "1" does not escape
./compare_iface_field_order.go:35:23: func literal does not escape
./compare_iface_field_order.go:35:52: []int{} does not escape
./compare_iface_field_order.go:35:52: []int{} does not escape
./compare_iface_field_order.go:35:56: 1 does not escape
./compare_iface_field_order.go:35:70: []int{} does not escape
./compare_iface_field_order.go:35:70: []int{} does not escape
./compare_iface_field_order.go:35:74: "1" does not escape
./compare_iface_field_order.go:36:50: K3{...} does not escape
./compare_iface_field_order.go:36:33: []int{...} does not escape
./compare_iface_field_order.go:36:33: []int{...} does not escape
./compare_iface_field_order.go:36:50: K3{...} does not escape
./compare_iface_field_order.go:36:50: []int{...} does not escape
./compare_iface_field_order.go:36:50: []int{...} does not escape
./compare_iface_field_order.go:37:18: func literal does not escape
./compare_iface_field_order.go:38:63: Big{...} does not escape
./compare_iface_field_order.go:38:36: []int{...} does not escape
./compare_iface_field_order.go:38:36: []int{...} does not escape
./compare_iface_field_order.go:38:63: Big{...} does not escape
./compare_iface_field_order.go:38:63: []int{...} does not escape
./compare_iface_field_order.go:38:63: []int{...} does not escape
./compare_iface_field_order.go:39:19: func literal does not escape
./compare_iface_field_order.go:40:51: A5{...} does not escape
./compare_iface_field_order.go:40:35: []int{} does not escape
./compare_iface_field_order.go:40:35: []int{} does not escape
./compare_iface_field_order.go:40:39: 1 does not escape
./compare_iface_field_order.go:40:51: A5{...} does not escape
./compare_iface_field_order.go:40:51: []int{} does not escape
./compare_iface_field_order.go:40:51: []int{} does not escape
./compare_iface_field_order.go:40:55: "1" does not escape
./compare_iface_field_order.go:41:18: func literal does not escape
