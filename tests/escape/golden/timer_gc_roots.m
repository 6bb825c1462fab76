./timer_gc_roots.go:11:15: make([]<-chan time.Time, 0) escapes to heap
./timer_gc_roots.go:16:11: make([]byte, 1024) does not escape
./timer_gc_roots.go:23:37: func literal escapes to heap
./timer_gc_roots.go:23:63: ... argument does not escape
./timer_gc_roots.go:23:64: "closure " escapes to heap
./timer_gc_roots.go:23:79: len(chans) escapes to heap
./timer_gc_roots.go:25:13: ... argument does not escape
./timer_gc_roots.go:25:14: <-res escapes to heap
./timer_gc_roots.go:26:13: ... argument does not escape
./timer_gc_roots.go:26:14: "all fired" escapes to heap
