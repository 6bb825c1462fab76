./closure_struct_fields.go:18:14: func literal escapes to heap:
./closure_struct_fields.go:18:14:   flow: {heap} = &{storage for func literal}:
./closure_struct_fields.go:18:14:     from func literal (spill) at ./closure_struct_fields.go:18:14
./closure_struct_fields.go:18:14:     from b.OnClick = func literal (assign) at ./closure_struct_fields.go:18:12
./closure_struct_fields.go:17:2: newButton capturing by value: b (addr=false assign=false width=8)
./closure_struct_fields.go:20:49: b.clicks escapes to heap:
./closure_struct_fields.go:20:49:   flow: {storage for ... argument} = &{storage for b.clicks}:
./closure_struct_fields.go:20:49:     from b.clicks (spill) at ./closure_struct_fields.go:20:49
./closure_struct_fields.go:20:49:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:20:21
./closure_struct_fields.go:20:49:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:20:49:     from ... argument (spill) at ./closure_struct_fields.go:20:21
./closure_struct_fields.go:20:49:     from fmt.Sprintf("%s clicked %d", ... argument...) (call parameter) at ./closure_struct_fields.go:20:21
./closure_struct_fields.go:20:40: b.Label escapes to heap:
./closure_struct_fields.go:20:40:   flow: {storage for ... argument} = &{storage for b.Label}:
./closure_struct_fields.go:20:40:     from b.Label (spill) at ./closure_struct_fields.go:20:40
./closure_struct_fields.go:20:40:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:20:21
./closure_struct_fields.go:20:40:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:20:40:     from ... argument (spill) at ./closure_struct_fields.go:20:21
./closure_struct_fields.go:20:40:     from fmt.Sprintf("%s clicked %d", ... argument...) (call parameter) at ./closure_struct_fields.go:20:21
./closure_struct_fields.go:16:16: parameter label leaks to {storage for b.Label} with derefs=0:
./closure_struct_fields.go:16:16:   flow: {storage for &Button{...}} = label:
./closure_struct_fields.go:16:16:     from Button{...} (struct literal element) at ./closure_struct_fields.go:17:14
./closure_struct_fields.go:16:16:   flow: b = &{storage for &Button{...}}:
./closure_struct_fields.go:16:16:     from &Button{...} (spill) at ./closure_struct_fields.go:17:7
./closure_struct_fields.go:16:16:     from b := &Button{...} (assign) at ./closure_struct_fields.go:17:4
./closure_struct_fields.go:16:16:   flow: {storage for b.Label} = *b:
./closure_struct_fields.go:16:16:     from b.Label (dot of pointer) at ./closure_struct_fields.go:20:40
./closure_struct_fields.go:16:16:     from b.Label (interface-converted) at ./closure_struct_fields.go:20:40
./closure_struct_fields.go:17:7: &Button{...} escapes to heap:
./closure_struct_fields.go:17:7:   flow: b = &{storage for &Button{...}}:
./closure_struct_fields.go:17:7:     from &Button{...} (spill) at ./closure_struct_fields.go:17:7
./closure_struct_fields.go:17:7:     from b := &Button{...} (assign) at ./closure_struct_fields.go:17:4
./closure_struct_fields.go:17:7:   flow: {storage for func literal} = b:
./closure_struct_fields.go:17:7:     from b (captured by a closure) at ./closure_struct_fields.go:19:3
./closure_struct_fields.go:16:16: parameter label leaks to {storage for &Button{...}} with derefs=0:
./closure_struct_fields.go:16:16:   flow: {storage for &Button{...}} = label:
./closure_struct_fields.go:16:16:     from Button{...} (struct literal element) at ./closure_struct_fields.go:17:14
./closure_struct_fields.go:16:16: leaking param: label
./closure_struct_fields.go:17:7: &Button{...} escapes to heap
./closure_struct_fields.go:18:14: func literal escapes to heap
./closure_struct_fields.go:20:21: ... argument does not escape
./closure_struct_fields.go:20:40: b.Label escapes to heap
./closure_struct_fields.go:20:49: b.clicks escapes to heap
./closure_struct_fields.go:38:37: ops.add(5, 6) escapes to heap:
./closure_struct_fields.go:38:37:   flow: {storage for ... argument} = &{storage for ops.add(5, 6)}:
./closure_struct_fields.go:38:37:     from ops.add(5, 6) (spill) at ./closure_struct_fields.go:38:37
./closure_struct_fields.go:38:37:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:38:13
./closure_struct_fields.go:38:37:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:38:37:     from ... argument (spill) at ./closure_struct_fields.go:38:13
./closure_struct_fields.go:38:37:     from fmt.Println(... argument...) (call parameter) at ./closure_struct_fields.go:38:13
./closure_struct_fields.go:38:22: ops2.add(5, 6) escapes to heap:
./closure_struct_fields.go:38:22:   flow: {storage for ... argument} = &{storage for ops2.add(5, 6)}:
./closure_struct_fields.go:38:22:     from ops2.add(5, 6) (spill) at ./closure_struct_fields.go:38:22
./closure_struct_fields.go:38:22:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:38:13
./closure_struct_fields.go:38:22:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:38:22:     from ... argument (spill) at ./closure_struct_fields.go:38:13
./closure_struct_fields.go:38:22:     from fmt.Println(... argument...) (call parameter) at ./closure_struct_fields.go:38:13
./closure_struct_fields.go:35:40: ops.add != nil escapes to heap:
./closure_struct_fields.go:35:40:   flow: {storage for ... argument} = &{storage for ops.add != nil}:
./closure_struct_fields.go:35:40:     from ops.add != nil (spill) at ./closure_struct_fields.go:35:40
./closure_struct_fields.go:35:40:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:35:13
./closure_struct_fields.go:35:40:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:35:40:     from ... argument (spill) at ./closure_struct_fields.go:35:13
./closure_struct_fields.go:35:40:     from fmt.Println(... argument...) (call parameter) at ./closure_struct_fields.go:35:13
./closure_struct_fields.go:35:24: empty.add == nil escapes to heap:
./closure_struct_fields.go:35:24:   flow: {storage for ... argument} = &{storage for empty.add == nil}:
./closure_struct_fields.go:35:24:     from empty.add == nil (spill) at ./closure_struct_fields.go:35:24
./closure_struct_fields.go:35:24:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:35:13
./closure_struct_fields.go:35:24:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:35:24:     from ... argument (spill) at ./closure_struct_fields.go:35:13
./closure_struct_fields.go:35:24:     from fmt.Println(... argument...) (call parameter) at ./closure_struct_fields.go:35:13
./closure_struct_fields.go:33:36: ops.mul(3, 4) escapes to heap:
./closure_struct_fields.go:33:36:   flow: {storage for ... argument} = &{storage for ops.mul(3, 4)}:
./closure_struct_fields.go:33:36:     from ops.mul(3, 4) (spill) at ./closure_struct_fields.go:33:36
./closure_struct_fields.go:33:36:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:33:13
./closure_struct_fields.go:33:36:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:33:36:     from ... argument (spill) at ./closure_struct_fields.go:33:13
./closure_struct_fields.go:33:36:     from fmt.Println(... argument...) (call parameter) at ./closure_struct_fields.go:33:13
./closure_struct_fields.go:33:21: ops.add(3, 4) escapes to heap:
./closure_struct_fields.go:33:21:   flow: {storage for ... argument} = &{storage for ops.add(3, 4)}:
./closure_struct_fields.go:33:21:     from ops.add(3, 4) (spill) at ./closure_struct_fields.go:33:21
./closure_struct_fields.go:33:21:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:33:13
./closure_struct_fields.go:33:21:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:33:21:     from ... argument (spill) at ./closure_struct_fields.go:33:13
./closure_struct_fields.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./closure_struct_fields.go:33:13
./closure_struct_fields.go:28:23: b.OnClick() escapes to heap:
./closure_struct_fields.go:28:23:   flow: {storage for ... argument} = &{storage for b.OnClick()}:
./closure_struct_fields.go:28:23:     from b.OnClick() (spill) at ./closure_struct_fields.go:28:23
./closure_struct_fields.go:28:23:     from ... argument (slice-literal-element) at ./closure_struct_fields.go:28:13
./closure_struct_fields.go:28:23:   flow: {heap} = {storage for ... argument}:
./closure_struct_fields.go:28:23:     from ... argument (spill) at ./closure_struct_fields.go:28:13
./closure_struct_fields.go:28:23:     from fmt.Println(... argument...) (call parameter) at ./closure_struct_fields.go:28:13
./closure_struct_fields.go:28:13: ... argument does not escape
./closure_struct_fields.go:28:23: b.OnClick() escapes to heap
./closure_struct_fields.go:30:8: func literal does not escape
./closure_struct_fields.go:31:8: func literal does not escape
./closure_struct_fields.go:33:13: ... argument does not escape
./closure_struct_fields.go:33:21: ops.add(3, 4) escapes to heap
./closure_struct_fields.go:33:36: ops.mul(3, 4) escapes to heap
./closure_struct_fields.go:35:13: ... argument does not escape
./closure_struct_fields.go:35:24: empty.add == nil escapes to heap
./closure_struct_fields.go:35:40: ops.add != nil escapes to heap
./closure_struct_fields.go:38:13: ... argument does not escape
./closure_struct_fields.go:38:22: ops2.add(5, 6) escapes to heap
./closure_struct_fields.go:38:37: ops.add(5, 6) escapes to heap
