./panic_nil_map_write.go:12:14: "unreachable" escapes to heap:
./panic_nil_map_write.go:12:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./panic_nil_map_write.go:12:14:     from "unreachable" (spill) at ./panic_nil_map_write.go:12:14
./panic_nil_map_write.go:12:14:     from ... argument (slice-literal-element) at ./panic_nil_map_write.go:12:13
./panic_nil_map_write.go:12:14:   flow: {heap} = {storage for ... argument}:
./panic_nil_map_write.go:12:14:     from ... argument (spill) at ./panic_nil_map_write.go:12:13
./panic_nil_map_write.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_map_write.go:12:13
./panic_nil_map_write.go:9:25: len(m) escapes to heap:
./panic_nil_map_write.go:9:25:   flow: {storage for ... argument} = &{storage for len(m)}:
./panic_nil_map_write.go:9:25:     from len(m) (spill) at ./panic_nil_map_write.go:9:25
./panic_nil_map_write.go:9:25:     from ... argument (slice-literal-element) at ./panic_nil_map_write.go:9:13
./panic_nil_map_write.go:9:25:   flow: {heap} = {storage for ... argument}:
./panic_nil_map_write.go:9:25:     from ... argument (spill) at ./panic_nil_map_write.go:9:13
./panic_nil_map_write.go:9:25:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_map_write.go:9:13
./panic_nil_map_write.go:9:15: m["a"] escapes to heap:
./panic_nil_map_write.go:9:15:   flow: {storage for ... argument} = &{storage for m["a"]}:
./panic_nil_map_write.go:9:15:     from m["a"] (spill) at ./panic_nil_map_write.go:9:15
./panic_nil_map_write.go:9:15:     from ... argument (slice-literal-element) at ./panic_nil_map_write.go:9:13
./panic_nil_map_write.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_nil_map_write.go:9:15:     from ... argument (spill) at ./panic_nil_map_write.go:9:13
./panic_nil_map_write.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_map_write.go:9:13
./panic_nil_map_write.go:9:13: ... argument does not escape
./panic_nil_map_write.go:9:15: m["a"] escapes to heap
./panic_nil_map_write.go:9:25: len(m) escapes to heap
./panic_nil_map_write.go:12:13: ... argument does not escape
./panic_nil_map_write.go:12:14: "unreachable" escapes to heap
