./chan_direction_types.go:7:30: cap(c) escapes to heap:
./chan_direction_types.go:7:30:   flow: {storage for ... argument} = &{storage for cap(c)}:
./chan_direction_types.go:7:30:     from cap(c) (spill) at ./chan_direction_types.go:7:30
./chan_direction_types.go:7:30:     from ... argument (slice-literal-element) at ./chan_direction_types.go:7:12
./chan_direction_types.go:7:30:   flow: {heap} = {storage for ... argument}:
./chan_direction_types.go:7:30:     from ... argument (spill) at ./chan_direction_types.go:7:12
./chan_direction_types.go:7:30:     from fmt.Printf("%T %d\n", ... argument...) (call parameter) at ./chan_direction_types.go:7:12
./chan_direction_types.go:5:15: parameter c leaks to {heap} with derefs=0:
./chan_direction_types.go:5:15:   flow: {storage for ... argument} = c:
./chan_direction_types.go:5:15:     from c (interface-converted) at ./chan_direction_types.go:7:13
./chan_direction_types.go:5:15:     from ... argument (slice-literal-element) at ./chan_direction_types.go:7:12
./chan_direction_types.go:5:15:   flow: {heap} = {storage for ... argument}:
./chan_direction_types.go:5:15:     from ... argument (spill) at ./chan_direction_types.go:7:12
./chan_direction_types.go:5:15:     from fmt.Printf("%T %d\n", ... argument...) (call parameter) at ./chan_direction_types.go:7:12
./chan_direction_types.go:5:15: leaking param: c
./chan_direction_types.go:7:12: ... argument does not escape
./chan_direction_types.go:7:30: cap(c) escapes to heap
./chan_direction_types.go:10:15: parameter c leaks to {heap} with derefs=0:
./chan_direction_types.go:10:15:   flow: {storage for ... argument} = c:
./chan_direction_types.go:10:15:     from c (interface-converted) at ./chan_direction_types.go:11:13
./chan_direction_types.go:10:15:     from ... argument (slice-literal-element) at ./chan_direction_types.go:11:12
./chan_direction_types.go:10:15:   flow: {heap} = {storage for ... argument}:
./chan_direction_types.go:10:15:     from ... argument (spill) at ./chan_direction_types.go:11:12
./chan_direction_types.go:10:15:     from fmt.Printf("%T\n", ... argument...) (call parameter) at ./chan_direction_types.go:11:12
./chan_direction_types.go:10:15: leaking param: c
./chan_direction_types.go:11:12: ... argument does not escape
./chan_direction_types.go:22:26: r == nil escapes to heap:
./chan_direction_types.go:22:26:   flow: {storage for ... argument} = &{storage for r == nil}:
./chan_direction_types.go:22:26:     from r == nil (spill) at ./chan_direction_types.go:22:26
./chan_direction_types.go:22:26:     from ... argument (slice-literal-element) at ./chan_direction_types.go:22:13
./chan_direction_types.go:22:26:   flow: {heap} = {storage for ... argument}:
./chan_direction_types.go:22:26:     from ... argument (spill) at ./chan_direction_types.go:22:13
./chan_direction_types.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./chan_direction_types.go:22:13
./chan_direction_types.go:22:16: s == nil escapes to heap:
./chan_direction_types.go:22:16:   flow: {storage for ... argument} = &{storage for s == nil}:
./chan_direction_types.go:22:16:     from s == nil (spill) at ./chan_direction_types.go:22:16
./chan_direction_types.go:22:16:     from ... argument (slice-literal-element) at ./chan_direction_types.go:22:13
./chan_direction_types.go:22:16:   flow: {heap} = {storage for ... argument}:
./chan_direction_types.go:22:16:     from ... argument (spill) at ./chan_direction_types.go:22:13
./chan_direction_types.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./chan_direction_types.go:22:13
./chan_direction_types.go:19:22: onlyRecv(c) escapes to heap:
./chan_direction_types.go:19:22:   flow: {storage for ... argument} = &{storage for onlyRecv(c)}:
./chan_direction_types.go:19:22:     from onlyRecv(c) (spill) at ./chan_direction_types.go:19:22
./chan_direction_types.go:19:22:     from ... argument (slice-literal-element) at ./chan_direction_types.go:19:13
./chan_direction_types.go:19:22:   flow: {heap} = {storage for ... argument}:
./chan_direction_types.go:19:22:     from ... argument (spill) at ./chan_direction_types.go:19:13
./chan_direction_types.go:19:22:     from fmt.Println(... argument...) (call parameter) at ./chan_direction_types.go:19:13
./chan_direction_types.go:17:12: ... argument does not escape
./chan_direction_types.go:19:13: ... argument does not escape
./chan_direction_types.go:19:22: onlyRecv(c) escapes to heap
./chan_direction_types.go:22:13: ... argument does not escape
./chan_direction_types.go:22:16: s == nil escapes to heap
./chan_direction_types.go:22:26: r == nil escapes to heap
