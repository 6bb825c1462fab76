./heapstats_values.go:24:32: len(pts) escapes to heap:
./heapstats_values.go:24:32:   flow: {storage for ... argument} = &{storage for len(pts)}:
./heapstats_values.go:24:32:     from len(pts) (spill) at ./heapstats_values.go:24:32
./heapstats_values.go:24:32:     from ... argument (slice-literal-element) at ./heapstats_values.go:24:13
./heapstats_values.go:24:32:   flow: {heap} = {storage for ... argument}:
./heapstats_values.go:24:32:     from ... argument (spill) at ./heapstats_values.go:24:13
./heapstats_values.go:24:32:     from fmt.Println(... argument...) (call parameter) at ./heapstats_values.go:24:13
./heapstats_values.go:24:14: "kept alive:" escapes to heap:
./heapstats_values.go:24:14:   flow: {storage for ... argument} = &{storage for "kept alive:"}:
./heapstats_values.go:24:14:     from "kept alive:" (spill) at ./heapstats_values.go:24:14
./heapstats_values.go:24:14:     from ... argument (slice-literal-element) at ./heapstats_values.go:24:13
./heapstats_values.go:24:14:   flow: {heap} = {storage for ... argument}:
./heapstats_values.go:24:14:     from ... argument (spill) at ./heapstats_values.go:24:13
./heapstats_values.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./heapstats_values.go:24:13
./heapstats_values.go:23:63: after - before escapes to heap:
./heapstats_values.go:23:63:   flow: {storage for ... argument} = &{storage for after - before}:
./heapstats_values.go:23:63:     from after - before (spill) at ./heapstats_values.go:23:63
./heapstats_values.go:23:63:     from ... argument (slice-literal-element) at ./heapstats_values.go:23:12
./heapstats_values.go:23:63:   flow: {heap} = {storage for ... argument}:
./heapstats_values.go:23:63:     from ... argument (spill) at ./heapstats_values.go:23:12
./heapstats_values.go:23:63:     from fmt.Printf("heap objects allocated by the loop: ~%d\n", ... argument...) (call parameter) at ./heapstats_values.go:23:12
./heapstats_values.go:18:13: make([]Point, 0, 1000) does not escape
./heapstats_values.go:23:12: ... argument does not escape
./heapstats_values.go:23:63: after - before escapes to heap
./heapstats_values.go:24:13: ... argument does not escape
./heapstats_values.go:24:14: "kept alive:" escapes to heap
./heapstats_values.go:24:32: len(pts) escapes to heap
