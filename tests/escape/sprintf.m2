./sprintf.go:8:38: p.Y escapes to heap:
./sprintf.go:8:38:   flow: {storage for ... argument} = &{storage for p.Y}:
./sprintf.go:8:38:     from p.Y (spill) at ./sprintf.go:8:38
./sprintf.go:8:38:     from ... argument (slice-literal-element) at ./sprintf.go:8:20
./sprintf.go:8:38:   flow: {heap} = {storage for ... argument}:
./sprintf.go:8:38:     from ... argument (spill) at ./sprintf.go:8:20
./sprintf.go:8:38:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./sprintf.go:8:20
./sprintf.go:8:33: p.X escapes to heap:
./sprintf.go:8:33:   flow: {storage for ... argument} = &{storage for p.X}:
./sprintf.go:8:33:     from p.X (spill) at ./sprintf.go:8:33
./sprintf.go:8:33:     from ... argument (slice-literal-element) at ./sprintf.go:8:20
./sprintf.go:8:33:   flow: {heap} = {storage for ... argument}:
./sprintf.go:8:33:     from ... argument (spill) at ./sprintf.go:8:20
./sprintf.go:8:33:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./sprintf.go:8:20
./sprintf.go:8:20: ... argument does not escape
./sprintf.go:8:33: p.X escapes to heap
./sprintf.go:8:38: p.Y escapes to heap
./sprintf.go:14:22: P{...} escapes to heap:
./sprintf.go:14:22:   flow: {storage for ... argument} = &{storage for P{...}}:
./sprintf.go:14:22:     from P{...} (spill) at ./sprintf.go:14:22
./sprintf.go:14:22:     from ... argument (slice-literal-element) at ./sprintf.go:14:12
./sprintf.go:14:22:   flow: {heap} = {storage for ... argument}:
./sprintf.go:14:22:     from ... argument (spill) at ./sprintf.go:14:12
./sprintf.go:14:22:     from fmt.Printf("%v\n", ... argument...) (call parameter) at ./sprintf.go:14:12
./sprintf.go:13:20: len(s) escapes to heap:
./sprintf.go:13:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./sprintf.go:13:20:     from len(s) (spill) at ./sprintf.go:13:20
./sprintf.go:13:20:     from ... argument (slice-literal-element) at ./sprintf.go:13:13
./sprintf.go:13:20:   flow: {heap} = {storage for ... argument}:
./sprintf.go:13:20:     from ... argument (spill) at ./sprintf.go:13:13
./sprintf.go:13:20:     from fmt.Println(... argument...) (call parameter) at ./sprintf.go:13:13
./sprintf.go:13:13: s escapes to heap:
./sprintf.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./sprintf.go:13:13:     from s (spill) at ./sprintf.go:13:13
./sprintf.go:13:13:     from ... argument (slice-literal-element) at ./sprintf.go:13:13
./sprintf.go:13:13:   flow: {heap} = {storage for ... argument}:
./sprintf.go:13:13:     from ... argument (spill) at ./sprintf.go:13:13
./sprintf.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./sprintf.go:13:13
./sprintf.go:13:13: ... argument does not escape
./sprintf.go:13:13: s escapes to heap
./sprintf.go:13:20: len(s) escapes to heap
./sprintf.go:14:12: ... argument does not escape
./sprintf.go:14:22: P{...} escapes to heap
