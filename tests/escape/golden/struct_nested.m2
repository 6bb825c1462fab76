./struct_nested.go:48:43: c.Wheels[0].Size escapes to heap:
./struct_nested.go:48:43:   flow: {storage for ... argument} = &{storage for c.Wheels[0].Size}:
./struct_nested.go:48:43:     from c.Wheels[0].Size (spill) at ./struct_nested.go:48:43
./struct_nested.go:48:43:     from ... argument (slice-literal-element) at ./struct_nested.go:48:13
./struct_nested.go:48:43:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:48:43:     from ... argument (spill) at ./struct_nested.go:48:13
./struct_nested.go:48:43:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:48:13
./struct_nested.go:48:27: c.Engine.Cyls[2] escapes to heap:
./struct_nested.go:48:27:   flow: {storage for ... argument} = &{storage for c.Engine.Cyls[2]}:
./struct_nested.go:48:27:     from c.Engine.Cyls[2] (spill) at ./struct_nested.go:48:27
./struct_nested.go:48:27:     from ... argument (slice-literal-element) at ./struct_nested.go:48:13
./struct_nested.go:48:27:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:48:27:     from ... argument (spill) at ./struct_nested.go:48:13
./struct_nested.go:48:27:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:48:13
./struct_nested.go:42:44: cars[0].Engine.Cyls escapes to heap:
./struct_nested.go:42:44:   flow: {storage for ... argument} = &{storage for cars[0].Engine.Cyls}:
./struct_nested.go:42:44:     from cars[0].Engine.Cyls (spill) at ./struct_nested.go:42:44
./struct_nested.go:42:44:     from ... argument (slice-literal-element) at ./struct_nested.go:42:13
./struct_nested.go:42:44:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:42:44:     from ... argument (spill) at ./struct_nested.go:42:13
./struct_nested.go:42:44:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:42:13
./struct_nested.go:42:21: cars[1].Engine escapes to heap:
./struct_nested.go:42:21:   flow: {storage for ... argument} = &{storage for cars[1].Engine}:
./struct_nested.go:42:21:     from cars[1].Engine (spill) at ./struct_nested.go:42:21
./struct_nested.go:42:21:     from ... argument (slice-literal-element) at ./struct_nested.go:42:13
./struct_nested.go:42:21:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:42:21:     from ... argument (spill) at ./struct_nested.go:42:13
./struct_nested.go:42:21:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:42:13
./struct_nested.go:38:22: c.Engine.HP escapes to heap:
./struct_nested.go:38:22:   flow: {storage for ... argument} = &{storage for c.Engine.HP}:
./struct_nested.go:38:22:     from c.Engine.HP (spill) at ./struct_nested.go:38:22
./struct_nested.go:38:22:     from ... argument (slice-literal-element) at ./struct_nested.go:38:13
./struct_nested.go:38:22:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:38:22:     from ... argument (spill) at ./struct_nested.go:38:13
./struct_nested.go:38:22:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:38:13
./struct_nested.go:36:28: e.HP escapes to heap:
./struct_nested.go:36:28:   flow: {storage for ... argument} = &{storage for e.HP}:
./struct_nested.go:36:28:     from e.HP (spill) at ./struct_nested.go:36:28
./struct_nested.go:36:28:     from ... argument (slice-literal-element) at ./struct_nested.go:36:13
./struct_nested.go:36:28:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:36:28:     from ... argument (spill) at ./struct_nested.go:36:13
./struct_nested.go:36:28:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:36:13
./struct_nested.go:36:22: c.Engine.HP escapes to heap:
./struct_nested.go:36:22:   flow: {storage for ... argument} = &{storage for c.Engine.HP}:
./struct_nested.go:36:22:     from c.Engine.HP (spill) at ./struct_nested.go:36:22
./struct_nested.go:36:22:     from ... argument (slice-literal-element) at ./struct_nested.go:36:13
./struct_nested.go:36:22:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:36:22:     from ... argument (spill) at ./struct_nested.go:36:13
./struct_nested.go:36:22:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:36:13
./struct_nested.go:32:13: c escapes to heap:
./struct_nested.go:32:13:   flow: {storage for ... argument} = &{storage for c}:
./struct_nested.go:32:13:     from c (spill) at ./struct_nested.go:32:13
./struct_nested.go:32:13:     from ... argument (slice-literal-element) at ./struct_nested.go:32:12
./struct_nested.go:32:13:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:32:13:     from ... argument (spill) at ./struct_nested.go:32:12
./struct_nested.go:32:13:     from fmt.Printf("%+v\n", ... argument...) (call parameter) at ./struct_nested.go:32:12
./struct_nested.go:31:13: c escapes to heap:
./struct_nested.go:31:13:   flow: {storage for ... argument} = &{storage for c}:
./struct_nested.go:31:13:     from c (spill) at ./struct_nested.go:31:13
./struct_nested.go:31:13:     from ... argument (slice-literal-element) at ./struct_nested.go:31:13
./struct_nested.go:31:13:   flow: {heap} = {storage for ... argument}:
./struct_nested.go:31:13:     from ... argument (spill) at ./struct_nested.go:31:13
./struct_nested.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./struct_nested.go:31:13
./struct_nested.go:28:17: make([]Wheel, 2) escapes to heap:
./struct_nested.go:28:17:   flow: c = &{storage for make([]Wheel, 2)}:
./struct_nested.go:28:17:     from make([]Wheel, 2) (spill) at ./struct_nested.go:28:17
./struct_nested.go:28:17:     from c.Wheels = make([]Wheel, 2) (assign) at ./struct_nested.go:28:11
./struct_nested.go:28:17:   flow: {storage for c} = c:
./struct_nested.go:28:17:     from c (interface-converted) at ./struct_nested.go:32:13
./struct_nested.go:28:17: make([]Wheel, 2) escapes to heap
./struct_nested.go:31:13: ... argument does not escape
./struct_nested.go:31:13: c escapes to heap
./struct_nested.go:32:12: ... argument does not escape
./struct_nested.go:32:13: c escapes to heap
./struct_nested.go:36:13: ... argument does not escape
./struct_nested.go:36:22: c.Engine.HP escapes to heap
./struct_nested.go:36:28: e.HP escapes to heap
./struct_nested.go:38:13: ... argument does not escape
./struct_nested.go:38:22: c.Engine.HP escapes to heap
./struct_nested.go:40:15: []Car{...} does not escape
./struct_nested.go:42:13: ... argument does not escape
./struct_nested.go:42:21: cars[1].Engine escapes to heap
./struct_nested.go:42:44: cars[0].Engine.Cyls escapes to heap
./struct_nested.go:48:13: ... argument does not escape
./struct_nested.go:48:27: c.Engine.Cyls[2] escapes to heap
./struct_nested.go:48:43: c.Wheels[0].Size escapes to heap
