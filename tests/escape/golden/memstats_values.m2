./memstats_values.go:36:14: sum escapes to heap:
./memstats_values.go:36:14:   flow: {storage for ... argument} = &{storage for sum}:
./memstats_values.go:36:14:     from sum (spill) at ./memstats_values.go:36:14
./memstats_values.go:36:14:     from ... argument (slice-literal-element) at ./memstats_values.go:36:13
./memstats_values.go:36:14:   flow: {heap} = {storage for ... argument}:
./memstats_values.go:36:14:     from ... argument (spill) at ./memstats_values.go:36:13
./memstats_values.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_values.go:36:13
./memstats_values.go:36:14: "sum:" escapes to heap:
./memstats_values.go:36:14:   flow: {storage for ... argument} = &{storage for "sum:"}:
./memstats_values.go:36:14:     from "sum:" (spill) at ./memstats_values.go:36:14
./memstats_values.go:36:14:     from ... argument (slice-literal-element) at ./memstats_values.go:36:13
./memstats_values.go:36:14:   flow: {heap} = {storage for ... argument}:
./memstats_values.go:36:14:     from ... argument (spill) at ./memstats_values.go:36:13
./memstats_values.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_values.go:36:13
./memstats_values.go:31:32: len(pts) escapes to heap:
./memstats_values.go:31:32:   flow: {storage for ... argument} = &{storage for len(pts)}:
./memstats_values.go:31:32:     from len(pts) (spill) at ./memstats_values.go:31:32
./memstats_values.go:31:32:     from ... argument (slice-literal-element) at ./memstats_values.go:31:13
./memstats_values.go:31:32:   flow: {heap} = {storage for ... argument}:
./memstats_values.go:31:32:     from ... argument (spill) at ./memstats_values.go:31:13
./memstats_values.go:31:32:     from fmt.Println(... argument...) (call parameter) at ./memstats_values.go:31:13
./memstats_values.go:31:14: "kept alive:" escapes to heap:
./memstats_values.go:31:14:   flow: {storage for ... argument} = &{storage for "kept alive:"}:
./memstats_values.go:31:14:     from "kept alive:" (spill) at ./memstats_values.go:31:14
./memstats_values.go:31:14:     from ... argument (slice-literal-element) at ./memstats_values.go:31:13
./memstats_values.go:31:14:   flow: {heap} = {storage for ... argument}:
./memstats_values.go:31:14:     from ... argument (spill) at ./memstats_values.go:31:13
./memstats_values.go:31:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_values.go:31:13
./memstats_values.go:30:58: after - before < 10 escapes to heap:
./memstats_values.go:30:58:   flow: {storage for ... argument} = &{storage for after - before < 10}:
./memstats_values.go:30:58:     from after - before < 10 (spill) at ./memstats_values.go:30:58
./memstats_values.go:30:58:     from ... argument (slice-literal-element) at ./memstats_values.go:30:13
./memstats_values.go:30:58:   flow: {heap} = {storage for ... argument}:
./memstats_values.go:30:58:     from ... argument (spill) at ./memstats_values.go:30:13
./memstats_values.go:30:58:     from fmt.Println(... argument...) (call parameter) at ./memstats_values.go:30:13
./memstats_values.go:30:14: "fewer than 10 heap objects:" escapes to heap:
./memstats_values.go:30:14:   flow: {storage for ... argument} = &{storage for "fewer than 10 heap objects:"}:
./memstats_values.go:30:14:     from "fewer than 10 heap objects:" (spill) at ./memstats_values.go:30:14
./memstats_values.go:30:14:     from ... argument (slice-literal-element) at ./memstats_values.go:30:13
./memstats_values.go:30:14:   flow: {heap} = {storage for ... argument}:
./memstats_values.go:30:14:     from ... argument (spill) at ./memstats_values.go:30:13
./memstats_values.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./memstats_values.go:30:13
./memstats_values.go:24:13: make([]Point, 0, 1000) does not escape
./memstats_values.go:30:13: ... argument does not escape
./memstats_values.go:30:14: "fewer than 10 heap objects:" escapes to heap
./memstats_values.go:30:58: after - before < 10 escapes to heap
./memstats_values.go:31:13: ... argument does not escape
./memstats_values.go:31:14: "kept alive:" escapes to heap
./memstats_values.go:31:32: len(pts) escapes to heap
./memstats_values.go:36:13: ... argument does not escape
./memstats_values.go:36:14: "sum:" escapes to heap
./memstats_values.go:36:14: sum escapes to heap
