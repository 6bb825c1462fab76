./allocprof_loop.go:16:10: &T{...} escapes to heap:
./allocprof_loop.go:16:10:   flow: {heap} = &{storage for &T{...}}:
./allocprof_loop.go:16:10:     from &T{...} (spill) at ./allocprof_loop.go:16:10
./allocprof_loop.go:16:10:     from sink = &T{...} (assign) at ./allocprof_loop.go:16:8
./allocprof_loop.go:23:12: make([]int, n) escapes to heap:
./allocprof_loop.go:23:12:   flow: {heap} = &{storage for make([]int, n)}:
./allocprof_loop.go:23:12:     from make([]int, n) (non-constant size) at ./allocprof_loop.go:23:12
./allocprof_loop.go:26:23: sink.a escapes to heap:
./allocprof_loop.go:26:23:   flow: {storage for ... argument} = &{storage for sink.a}:
./allocprof_loop.go:26:23:     from sink.a (spill) at ./allocprof_loop.go:26:23
./allocprof_loop.go:26:23:     from ... argument (slice-literal-element) at ./allocprof_loop.go:26:13
./allocprof_loop.go:26:23:   flow: {heap} = {storage for ... argument}:
./allocprof_loop.go:26:23:     from ... argument (spill) at ./allocprof_loop.go:26:13
./allocprof_loop.go:26:23:     from fmt.Println(... argument...) (call parameter) at ./allocprof_loop.go:26:13
./allocprof_loop.go:26:13: sum escapes to heap:
./allocprof_loop.go:26:13:   flow: {storage for ... argument} = &{storage for sum}:
./allocprof_loop.go:26:13:     from sum (spill) at ./allocprof_loop.go:26:13
./allocprof_loop.go:26:13:     from ... argument (slice-literal-element) at ./allocprof_loop.go:26:13
./allocprof_loop.go:26:13:   flow: {heap} = {storage for ... argument}:
./allocprof_loop.go:26:13:     from ... argument (spill) at ./allocprof_loop.go:26:13
./allocprof_loop.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./allocprof_loop.go:26:13
./allocprof_loop.go:16:10: &T{...} escapes to heap
./allocprof_loop.go:19:8: &T{...} does not escape
./allocprof_loop.go:23:12: make([]int, n) escapes to heap
./allocprof_loop.go:26:13: ... argument does not escape
./allocprof_loop.go:26:13: sum escapes to heap
./allocprof_loop.go:26:23: sink.a escapes to heap
