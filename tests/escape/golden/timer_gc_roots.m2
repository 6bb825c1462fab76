./timer_gc_roots.go:23:37: func literal escapes to heap:
./timer_gc_roots.go:23:37:   flow: {heap} = &{storage for func literal}:
./timer_gc_roots.go:23:37:     from func literal (spill) at ./timer_gc_roots.go:23:37
./timer_gc_roots.go:23:37:     from time.AfterFunc(2 * time.Millisecond, func literal) (call parameter) at ./timer_gc_roots.go:23:16
./timer_gc_roots.go:22:2: main capturing by value: res (addr=false assign=false width=8)
./timer_gc_roots.go:11:2: main capturing by value: chans (addr=false assign=false width=24)
./timer_gc_roots.go:26:14: "all fired" escapes to heap:
./timer_gc_roots.go:26:14:   flow: {storage for ... argument} = &{storage for "all fired"}:
./timer_gc_roots.go:26:14:     from "all fired" (spill) at ./timer_gc_roots.go:26:14
./timer_gc_roots.go:26:14:     from ... argument (slice-literal-element) at ./timer_gc_roots.go:26:13
./timer_gc_roots.go:26:14:   flow: {heap} = {storage for ... argument}:
./timer_gc_roots.go:26:14:     from ... argument (spill) at ./timer_gc_roots.go:26:13
./timer_gc_roots.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./timer_gc_roots.go:26:13
./timer_gc_roots.go:25:14: <-res escapes to heap:
./timer_gc_roots.go:25:14:   flow: {storage for ... argument} = &{storage for <-res}:
./timer_gc_roots.go:25:14:     from <-res (spill) at ./timer_gc_roots.go:25:14
./timer_gc_roots.go:25:14:     from ... argument (slice-literal-element) at ./timer_gc_roots.go:25:13
./timer_gc_roots.go:25:14:   flow: {heap} = {storage for ... argument}:
./timer_gc_roots.go:25:14:     from ... argument (spill) at ./timer_gc_roots.go:25:13
./timer_gc_roots.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./timer_gc_roots.go:25:13
./timer_gc_roots.go:23:79: len(chans) escapes to heap:
./timer_gc_roots.go:23:79:   flow: {storage for ... argument} = &{storage for len(chans)}:
./timer_gc_roots.go:23:79:     from len(chans) (spill) at ./timer_gc_roots.go:23:79
./timer_gc_roots.go:23:79:     from ... argument (slice-literal-element) at ./timer_gc_roots.go:23:63
./timer_gc_roots.go:23:79:   flow: {heap} = {storage for ... argument}:
./timer_gc_roots.go:23:79:     from ... argument (spill) at ./timer_gc_roots.go:23:63
./timer_gc_roots.go:23:79:     from fmt.Sprint(... argument...) (call parameter) at ./timer_gc_roots.go:23:63
./timer_gc_roots.go:23:64: "closure " escapes to heap:
./timer_gc_roots.go:23:64:   flow: {storage for ... argument} = &{storage for "closure "}:
./timer_gc_roots.go:23:64:     from "closure " (spill) at ./timer_gc_roots.go:23:64
./timer_gc_roots.go:23:64:     from ... argument (slice-literal-element) at ./timer_gc_roots.go:23:63
./timer_gc_roots.go:23:64:   flow: {heap} = {storage for ... argument}:
./timer_gc_roots.go:23:64:     from ... argument (spill) at ./timer_gc_roots.go:23:63
./timer_gc_roots.go:23:64:     from fmt.Sprint(... argument...) (call parameter) at ./timer_gc_roots.go:23:63
./timer_gc_roots.go:11:15: make([]<-chan time.Time, 0) escapes to heap:
./timer_gc_roots.go:11:15:   flow: chans = &{storage for make([]<-chan time.Time, 0)}:
./timer_gc_roots.go:11:15:     from make([]<-chan time.Time, 0) (spill) at ./timer_gc_roots.go:11:15
./timer_gc_roots.go:11:15:     from chans := make([]<-chan time.Time, 0) (assign) at ./timer_gc_roots.go:11:8
./timer_gc_roots.go:11:15:   flow: {storage for func literal} = chans:
./timer_gc_roots.go:11:15:     from chans (captured by a closure) at ./timer_gc_roots.go:23:80
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
