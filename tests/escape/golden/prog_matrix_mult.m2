./prog_matrix_mult.go:33:23: m does not escape
./prog_matrix_mult.go:59:15: v escapes to heap:
./prog_matrix_mult.go:59:15:   flow: {storage for ... argument} = &{storage for v}:
./prog_matrix_mult.go:59:15:     from v (spill) at ./prog_matrix_mult.go:59:15
./prog_matrix_mult.go:59:15:     from ... argument (slice-literal-element) at ./prog_matrix_mult.go:59:14
./prog_matrix_mult.go:59:15:   flow: {heap} = {storage for ... argument}:
./prog_matrix_mult.go:59:15:     from ... argument (spill) at ./prog_matrix_mult.go:59:14
./prog_matrix_mult.go:59:15:     from fmt.Printf("%5d", ... argument...) (call parameter) at ./prog_matrix_mult.go:59:14
./prog_matrix_mult.go:57:15: " " escapes to heap:
./prog_matrix_mult.go:57:15:   flow: {storage for ... argument} = &{storage for " "}:
./prog_matrix_mult.go:57:15:     from " " (spill) at ./prog_matrix_mult.go:57:15
./prog_matrix_mult.go:57:15:     from ... argument (slice-literal-element) at ./prog_matrix_mult.go:57:14
./prog_matrix_mult.go:57:15:   flow: {heap} = {storage for ... argument}:
./prog_matrix_mult.go:57:15:     from ... argument (spill) at ./prog_matrix_mult.go:57:14
./prog_matrix_mult.go:57:15:     from fmt.Print(... argument...) (call parameter) at ./prog_matrix_mult.go:57:14
./prog_matrix_mult.go:57:14: ... argument does not escape
./prog_matrix_mult.go:57:15: " " escapes to heap
./prog_matrix_mult.go:59:14: ... argument does not escape
./prog_matrix_mult.go:59:15: v escapes to heap
./prog_matrix_mult.go:75:24: mul(a, z) == z escapes to heap:
./prog_matrix_mult.go:75:24:   flow: {storage for ... argument} = &{storage for mul(a, z) == z}:
./prog_matrix_mult.go:75:24:     from mul(a, z) == z (spill) at ./prog_matrix_mult.go:75:24
./prog_matrix_mult.go:75:24:     from ... argument (slice-literal-element) at ./prog_matrix_mult.go:75:13
./prog_matrix_mult.go:75:24:   flow: {heap} = {storage for ... argument}:
./prog_matrix_mult.go:75:24:     from ... argument (spill) at ./prog_matrix_mult.go:75:13
./prog_matrix_mult.go:75:24:     from fmt.Println(... argument...) (call parameter) at ./prog_matrix_mult.go:75:13
./prog_matrix_mult.go:72:13: a escapes to heap:
./prog_matrix_mult.go:72:13:   flow: {storage for ... argument} = &{storage for a}:
./prog_matrix_mult.go:72:13:     from a (spill) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:72:13:     from ... argument (slice-literal-element) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:72:13:   flow: {heap} = {storage for ... argument}:
./prog_matrix_mult.go:72:13:     from ... argument (spill) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:72:13:     from fmt.Println(... argument...) (call parameter) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:72:13: t escapes to heap:
./prog_matrix_mult.go:72:13:   flow: {storage for ... argument} = &{storage for t}:
./prog_matrix_mult.go:72:13:     from t (spill) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:72:13:     from ... argument (slice-literal-element) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:72:13:   flow: {heap} = {storage for ... argument}:
./prog_matrix_mult.go:72:13:     from ... argument (spill) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:72:13:     from fmt.Println(... argument...) (call parameter) at ./prog_matrix_mult.go:72:13
./prog_matrix_mult.go:69:49: mul(a, b) == mul(b, a) escapes to heap:
./prog_matrix_mult.go:69:49:   flow: {storage for ... argument} = &{storage for mul(a, b) == mul(b, a)}:
./prog_matrix_mult.go:69:49:     from mul(a, b) == mul(b, a) (spill) at ./prog_matrix_mult.go:69:49
./prog_matrix_mult.go:69:49:     from ... argument (slice-literal-element) at ./prog_matrix_mult.go:69:13
./prog_matrix_mult.go:69:49:   flow: {heap} = {storage for ... argument}:
./prog_matrix_mult.go:69:49:     from ... argument (spill) at ./prog_matrix_mult.go:69:13
./prog_matrix_mult.go:69:49:     from fmt.Println(... argument...) (call parameter) at ./prog_matrix_mult.go:69:13
./prog_matrix_mult.go:69:33: mul(a, identity()) == a escapes to heap:
./prog_matrix_mult.go:69:33:   flow: {storage for ... argument} = &{storage for mul(a, identity()) == a}:
./prog_matrix_mult.go:69:33:     from mul(a, identity()) == a (spill) at ./prog_matrix_mult.go:69:33
./prog_matrix_mult.go:69:33:     from ... argument (slice-literal-element) at ./prog_matrix_mult.go:69:13
./prog_matrix_mult.go:69:33:   flow: {heap} = {storage for ... argument}:
./prog_matrix_mult.go:69:33:     from ... argument (spill) at ./prog_matrix_mult.go:69:13
./prog_matrix_mult.go:69:33:     from fmt.Println(... argument...) (call parameter) at ./prog_matrix_mult.go:69:13
./prog_matrix_mult.go:69:13: ... argument does not escape
./prog_matrix_mult.go:69:33: mul(a, identity()) == a escapes to heap
./prog_matrix_mult.go:69:49: mul(a, b) == mul(b, a) escapes to heap
./prog_matrix_mult.go:72:13: ... argument does not escape
./prog_matrix_mult.go:72:13: t escapes to heap
./prog_matrix_mult.go:72:13: a escapes to heap
./prog_matrix_mult.go:75:13: ... argument does not escape
./prog_matrix_mult.go:75:24: mul(a, z) == z escapes to heap
