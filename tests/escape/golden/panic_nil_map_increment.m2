./panic_nil_map_increment.go:10:23: parameter k leaks to {heap} with derefs=0:
./panic_nil_map_increment.go:10:23:   flow: {heap} = k:
./panic_nil_map_increment.go:10:23:     from c.counts[k] (key of map put) at ./panic_nil_map_increment.go:10:43
./panic_nil_map_increment.go:10:7: c does not escape
./panic_nil_map_increment.go:10:23: leaking param: k
./panic_nil_map_increment.go:14:23: c.counts == nil escapes to heap:
./panic_nil_map_increment.go:14:23:   flow: {storage for ... argument} = &{storage for c.counts == nil}:
./panic_nil_map_increment.go:14:23:     from c.counts == nil (spill) at ./panic_nil_map_increment.go:14:23
./panic_nil_map_increment.go:14:23:     from ... argument (slice-literal-element) at ./panic_nil_map_increment.go:14:13
./panic_nil_map_increment.go:14:23:   flow: {heap} = {storage for ... argument}:
./panic_nil_map_increment.go:14:23:     from ... argument (spill) at ./panic_nil_map_increment.go:14:13
./panic_nil_map_increment.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_map_increment.go:14:13
./panic_nil_map_increment.go:13:7: &Counter{} does not escape
./panic_nil_map_increment.go:14:13: ... argument does not escape
./panic_nil_map_increment.go:14:23: c.counts == nil escapes to heap
