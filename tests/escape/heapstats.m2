./heapstats.go:11:41: &Point{...} escapes to heap:
./heapstats.go:11:41:   flow: ~r0 = &{storage for &Point{...}}:
./heapstats.go:11:41:     from &Point{...} (spill) at ./heapstats.go:11:41
./heapstats.go:11:41:     from return &Point{...} (return) at ./heapstats.go:11:34
./heapstats.go:11:41: &Point{...} escapes to heap
./heapstats.go:29:32: len(pts) escapes to heap:
./heapstats.go:29:32:   flow: {storage for ... argument} = &{storage for len(pts)}:
./heapstats.go:29:32:     from len(pts) (spill) at ./heapstats.go:29:32
./heapstats.go:29:32:     from ... argument (slice-literal-element) at ./heapstats.go:29:13
./heapstats.go:29:32:   flow: {heap} = {storage for ... argument}:
./heapstats.go:29:32:     from ... argument (spill) at ./heapstats.go:29:13
./heapstats.go:29:32:     from fmt.Println(... argument...) (call parameter) at ./heapstats.go:29:13
./heapstats.go:29:14: "kept alive:" escapes to heap:
./heapstats.go:29:14:   flow: {storage for ... argument} = &{storage for "kept alive:"}:
./heapstats.go:29:14:     from "kept alive:" (spill) at ./heapstats.go:29:14
./heapstats.go:29:14:     from ... argument (slice-literal-element) at ./heapstats.go:29:13
./heapstats.go:29:14:   flow: {heap} = {storage for ... argument}:
./heapstats.go:29:14:     from ... argument (spill) at ./heapstats.go:29:13
./heapstats.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./heapstats.go:29:13
./heapstats.go:28:63: after - before escapes to heap:
./heapstats.go:28:63:   flow: {storage for ... argument} = &{storage for after - before}:
./heapstats.go:28:63:     from after - before (spill) at ./heapstats.go:28:63
./heapstats.go:28:63:     from ... argument (slice-literal-element) at ./heapstats.go:28:12
./heapstats.go:28:63:   flow: {heap} = {storage for ... argument}:
./heapstats.go:28:63:     from ... argument (spill) at ./heapstats.go:28:12
./heapstats.go:28:63:     from fmt.Printf("heap objects allocated by the loop: ~%d\n", ... argument...) (call parameter) at ./heapstats.go:28:12
./heapstats.go:22:13: make([]*Point, 0, 1000) does not escape
./heapstats.go:28:12: ... argument does not escape
./heapstats.go:28:63: after - before escapes to heap
./heapstats.go:29:13: ... argument does not escape
./heapstats.go:29:14: "kept alive:" escapes to heap
./heapstats.go:29:32: len(pts) escapes to heap
