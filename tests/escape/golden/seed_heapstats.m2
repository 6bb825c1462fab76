./seed_heapstats.go:11:41: &Point{...} escapes to heap:
./seed_heapstats.go:11:41:   flow: ~r0 = &{storage for &Point{...}}:
./seed_heapstats.go:11:41:     from &Point{...} (spill) at ./seed_heapstats.go:11:41
./seed_heapstats.go:11:41:     from return &Point{...} (return) at ./seed_heapstats.go:11:34
./seed_heapstats.go:11:41: &Point{...} escapes to heap
./seed_heapstats.go:29:31: len(pts) escapes to heap:
./seed_heapstats.go:29:31:   flow: {storage for ... argument} = &{storage for len(pts)}:
./seed_heapstats.go:29:31:     from len(pts) (spill) at ./seed_heapstats.go:29:31
./seed_heapstats.go:29:31:     from ... argument (slice-literal-element) at ./seed_heapstats.go:29:12
./seed_heapstats.go:29:31:   flow: {heap} = {storage for ... argument}:
./seed_heapstats.go:29:31:     from ... argument (spill) at ./seed_heapstats.go:29:12
./seed_heapstats.go:29:31:     from fmt.Println(... argument...) (call parameter) at ./seed_heapstats.go:29:12
./seed_heapstats.go:29:13: "kept alive:" escapes to heap:
./seed_heapstats.go:29:13:   flow: {storage for ... argument} = &{storage for "kept alive:"}:
./seed_heapstats.go:29:13:     from "kept alive:" (spill) at ./seed_heapstats.go:29:13
./seed_heapstats.go:29:13:     from ... argument (slice-literal-element) at ./seed_heapstats.go:29:12
./seed_heapstats.go:29:13:   flow: {heap} = {storage for ... argument}:
./seed_heapstats.go:29:13:     from ... argument (spill) at ./seed_heapstats.go:29:12
./seed_heapstats.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./seed_heapstats.go:29:12
./seed_heapstats.go:28:62: after - before escapes to heap:
./seed_heapstats.go:28:62:   flow: {storage for ... argument} = &{storage for after - before}:
./seed_heapstats.go:28:62:     from after - before (spill) at ./seed_heapstats.go:28:62
./seed_heapstats.go:28:62:     from ... argument (slice-literal-element) at ./seed_heapstats.go:28:11
./seed_heapstats.go:28:62:   flow: {heap} = {storage for ... argument}:
./seed_heapstats.go:28:62:     from ... argument (spill) at ./seed_heapstats.go:28:11
./seed_heapstats.go:28:62:     from fmt.Printf("heap objects allocated by the loop: ~%d\n", ... argument...) (call parameter) at ./seed_heapstats.go:28:11
./seed_heapstats.go:22:12: make([]*Point, 0, 1000) does not escape
./seed_heapstats.go:28:11: ... argument does not escape
./seed_heapstats.go:28:62: after - before escapes to heap
./seed_heapstats.go:29:12: ... argument does not escape
./seed_heapstats.go:29:13: "kept alive:" escapes to heap
./seed_heapstats.go:29:31: len(pts) escapes to heap
