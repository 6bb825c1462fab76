./allocprof_loop.go:16:10: &T{...} escapes to heap
./allocprof_loop.go:19:8: &T{...} does not escape
./allocprof_loop.go:23:12: make([]int, n) escapes to heap
./allocprof_loop.go:26:13: ... argument does not escape
./allocprof_loop.go:26:13: sum escapes to heap
./allocprof_loop.go:26:23: sink.a escapes to heap
