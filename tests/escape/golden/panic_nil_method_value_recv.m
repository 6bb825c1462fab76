./panic_nil_method_value_recv.go:12:7: &T{...} does not escape
./panic_nil_method_value_recv.go:13:13: ... argument does not escape
./panic_nil_method_value_recv.go:13:19: T.Sum(p) escapes to heap
./panic_nil_method_value_recv.go:15:13: ... argument does not escape
./panic_nil_method_value_recv.go:15:19: T.Sum(p) escapes to heap
