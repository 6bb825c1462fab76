./panic_rand_intn.go:8:10: try capturing by value: name (addr=false assign=false width=16)
./panic_rand_intn.go:9:35: "->" escapes to heap:
./panic_rand_intn.go:9:35:   flow: {storage for ... argument} = &{storage for "->"}:
./panic_rand_intn.go:9:35:     from "->" (spill) at ./panic_rand_intn.go:9:35
./panic_rand_intn.go:9:35:     from ... argument (slice-literal-element) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:9:35:   flow: {heap} = {storage for ... argument}:
./panic_rand_intn.go:9:35:     from ... argument (spill) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:9:35:     from fmt.Println(... argument...) (call parameter) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:9:28: name escapes to heap:
./panic_rand_intn.go:9:28:   flow: {storage for ... argument} = &{storage for name}:
./panic_rand_intn.go:9:28:     from name (spill) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:9:28:     from ... argument (slice-literal-element) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:9:28:   flow: {heap} = {storage for ... argument}:
./panic_rand_intn.go:9:28:     from ... argument (spill) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:9:28:     from fmt.Println(... argument...) (call parameter) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:8:10: parameter name leaks to {storage for name} with derefs=0:
./panic_rand_intn.go:8:10:   flow: {storage for name} = name:
./panic_rand_intn.go:8:10:     from name (interface-converted) at ./panic_rand_intn.go:9:28
./panic_rand_intn.go:8:10: leaking param: name
./panic_rand_intn.go:8:23: f does not escape
./panic_rand_intn.go:9:8: func literal does not escape
./panic_rand_intn.go:9:28: ... argument does not escape
./panic_rand_intn.go:9:28: name escapes to heap
./panic_rand_intn.go:9:35: "->" escapes to heap
./panic_rand_intn.go:20:52: fmt.Sprint("swap ", i, j) escapes to heap:
./panic_rand_intn.go:20:52:   flow: {heap} = &{storage for fmt.Sprint("swap ", i, j)}:
./panic_rand_intn.go:20:52:     from fmt.Sprint("swap ", i, j) (spill) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:52:     from panic(fmt.Sprint("swap ", i, j)) (call parameter) at ./panic_rand_intn.go:20:41
./panic_rand_intn.go:22:23: rand.Intn(0) escapes to heap:
./panic_rand_intn.go:22:23:   flow: {storage for ... argument} = &{storage for rand.Intn(0)}:
./panic_rand_intn.go:22:23:     from rand.Intn(0) (spill) at ./panic_rand_intn.go:22:23
./panic_rand_intn.go:22:23:     from ... argument (slice-literal-element) at ./panic_rand_intn.go:22:13
./panic_rand_intn.go:22:23:   flow: {heap} = {storage for ... argument}:
./panic_rand_intn.go:22:23:     from ... argument (spill) at ./panic_rand_intn.go:22:13
./panic_rand_intn.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./panic_rand_intn.go:22:13
./panic_rand_intn.go:20:53: j escapes to heap:
./panic_rand_intn.go:20:53:   flow: {storage for ... argument} = &{storage for j}:
./panic_rand_intn.go:20:53:     from j (spill) at ./panic_rand_intn.go:20:53
./panic_rand_intn.go:20:53:     from ... argument (slice-literal-element) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53:   flow: {heap} = {storage for ... argument}:
./panic_rand_intn.go:20:53:     from ... argument (spill) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53:     from fmt.Sprint(... argument...) (call parameter) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53: i escapes to heap:
./panic_rand_intn.go:20:53:   flow: {storage for ... argument} = &{storage for i}:
./panic_rand_intn.go:20:53:     from i (spill) at ./panic_rand_intn.go:20:53
./panic_rand_intn.go:20:53:     from ... argument (slice-literal-element) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53:   flow: {heap} = {storage for ... argument}:
./panic_rand_intn.go:20:53:     from ... argument (spill) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53:     from fmt.Sprint(... argument...) (call parameter) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53: "swap " escapes to heap:
./panic_rand_intn.go:20:53:   flow: {storage for ... argument} = &{storage for "swap "}:
./panic_rand_intn.go:20:53:     from "swap " (spill) at ./panic_rand_intn.go:20:53
./panic_rand_intn.go:20:53:     from ... argument (slice-literal-element) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53:   flow: {heap} = {storage for ... argument}:
./panic_rand_intn.go:20:53:     from ... argument (spill) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:20:53:     from fmt.Sprint(... argument...) (call parameter) at ./panic_rand_intn.go:20:52
./panic_rand_intn.go:14:19: func literal does not escape
./panic_rand_intn.go:15:20: func literal does not escape
./panic_rand_intn.go:16:21: func literal does not escape
./panic_rand_intn.go:16:47: func literal does not escape
./panic_rand_intn.go:17:18: func literal does not escape
./panic_rand_intn.go:18:19: func literal does not escape
./panic_rand_intn.go:19:21: func literal does not escape
./panic_rand_intn.go:20:19: func literal does not escape
./panic_rand_intn.go:20:52: fmt.Sprint(... argument...) escapes to heap
./panic_rand_intn.go:20:52: ... argument does not escape
./panic_rand_intn.go:20:53: "swap " escapes to heap
./panic_rand_intn.go:20:53: i escapes to heap
./panic_rand_intn.go:20:53: j escapes to heap
./panic_rand_intn.go:22:13: ... argument does not escape
./panic_rand_intn.go:22:23: rand.Intn(0) escapes to heap
