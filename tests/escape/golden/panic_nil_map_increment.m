./panic_nil_map_increment.go:10:7: c does not escape
./panic_nil_map_increment.go:10:23: leaking param: k
./panic_nil_map_increment.go:13:7: &Counter{} does not escape
./panic_nil_map_increment.go:14:13: ... argument does not escape
./panic_nil_map_increment.go:14:23: c.counts == nil escapes to heap
