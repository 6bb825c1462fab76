./printf_struct.go:7:59: p.X escapes to heap:
./printf_struct.go:7:59:   flow: {storage for ... argument} = &{storage for p.X}:
./printf_struct.go:7:59:     from p.X (spill) at ./printf_struct.go:7:59
./printf_struct.go:7:59:     from ... argument (slice-literal-element) at ./printf_struct.go:7:48
./printf_struct.go:7:59:   flow: {heap} = {storage for ... argument}:
./printf_struct.go:7:59:     from ... argument (spill) at ./printf_struct.go:7:48
./printf_struct.go:7:59:     from fmt.Sprintf("P(%d)", ... argument...) (call parameter) at ./printf_struct.go:7:48
./printf_struct.go:7:48: ... argument does not escape
./printf_struct.go:7:59: p.X escapes to heap
./printf_struct.go:13:7: &P{...} escapes to heap:
./printf_struct.go:13:7:   flow: q = &{storage for &P{...}}:
./printf_struct.go:13:7:     from &P{...} (spill) at ./printf_struct.go:13:7
./printf_struct.go:13:7:     from q := &P{...} (assign) at ./printf_struct.go:13:4
./printf_struct.go:13:7:   flow: {storage for ... argument} = q:
./printf_struct.go:13:7:     from q (interface-converted) at ./printf_struct.go:14:13
./printf_struct.go:13:7:     from ... argument (slice-literal-element) at ./printf_struct.go:14:13
./printf_struct.go:13:7:   flow: {heap} = {storage for ... argument}:
./printf_struct.go:13:7:     from ... argument (spill) at ./printf_struct.go:14:13
./printf_struct.go:13:7:     from fmt.Println(... argument...) (call parameter) at ./printf_struct.go:14:13
./printf_struct.go:10:2: p escapes to heap:
./printf_struct.go:10:2:   flow: {storage for ... argument} = &p:
./printf_struct.go:10:2:     from &p (address-of) at ./printf_struct.go:12:28
./printf_struct.go:10:2:     from &p (interface-converted) at ./printf_struct.go:12:28
./printf_struct.go:10:2:     from ... argument (slice-literal-element) at ./printf_struct.go:12:12
./printf_struct.go:10:2:   flow: {heap} = {storage for ... argument}:
./printf_struct.go:10:2:     from ... argument (spill) at ./printf_struct.go:12:12
./printf_struct.go:10:2:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./printf_struct.go:12:12
./printf_struct.go:12:13: p escapes to heap:
./printf_struct.go:12:13:   flow: {storage for ... argument} = &{storage for p}:
./printf_struct.go:12:13:     from p (spill) at ./printf_struct.go:12:13
./printf_struct.go:12:13:     from ... argument (slice-literal-element) at ./printf_struct.go:12:12
./printf_struct.go:12:13:   flow: {heap} = {storage for ... argument}:
./printf_struct.go:12:13:     from ... argument (spill) at ./printf_struct.go:12:12
./printf_struct.go:12:13:     from fmt.Printf("%v %+v\n", ... argument...) (call parameter) at ./printf_struct.go:12:12
./printf_struct.go:11:13: p escapes to heap:
./printf_struct.go:11:13:   flow: {storage for ... argument} = &{storage for p}:
./printf_struct.go:11:13:     from p (spill) at ./printf_struct.go:11:13
./printf_struct.go:11:13:     from ... argument (slice-literal-element) at ./printf_struct.go:11:13
./printf_struct.go:11:13:   flow: {heap} = {storage for ... argument}:
./printf_struct.go:11:13:     from ... argument (spill) at ./printf_struct.go:11:13
./printf_struct.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./printf_struct.go:11:13
./printf_struct.go:10:2: moved to heap: p
./printf_struct.go:11:13: ... argument does not escape
./printf_struct.go:11:13: p escapes to heap
./printf_struct.go:12:12: ... argument does not escape
./printf_struct.go:12:13: p escapes to heap
./printf_struct.go:13:7: &P{...} escapes to heap
./printf_struct.go:14:13: ... argument does not escape
