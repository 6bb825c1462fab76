./panic_nil_method_value_recv.go:15:19: T.Sum(p) escapes to heap:
./panic_nil_method_value_recv.go:15:19:   flow: {storage for ... argument} = &{storage for T.Sum(p)}:
./panic_nil_method_value_recv.go:15:19:     from T.Sum(p) (spill) at ./panic_nil_method_value_recv.go:15:19
./panic_nil_method_value_recv.go:15:19:     from ... argument (slice-literal-element) at ./panic_nil_method_value_recv.go:15:13
./panic_nil_method_value_recv.go:15:19:   flow: {heap} = {storage for ... argument}:
./panic_nil_method_value_recv.go:15:19:     from ... argument (spill) at ./panic_nil_method_value_recv.go:15:13
./panic_nil_method_value_recv.go:15:19:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_method_value_recv.go:15:13
./panic_nil_method_value_recv.go:13:19: T.Sum(p) escapes to heap:
./panic_nil_method_value_recv.go:13:19:   flow: {storage for ... argument} = &{storage for T.Sum(p)}:
./panic_nil_method_value_recv.go:13:19:     from T.Sum(p) (spill) at ./panic_nil_method_value_recv.go:13:19
./panic_nil_method_value_recv.go:13:19:     from ... argument (slice-literal-element) at ./panic_nil_method_value_recv.go:13:13
./panic_nil_method_value_recv.go:13:19:   flow: {heap} = {storage for ... argument}:
./panic_nil_method_value_recv.go:13:19:     from ... argument (spill) at ./panic_nil_method_value_recv.go:13:13
./panic_nil_method_value_recv.go:13:19:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_method_value_recv.go:13:13
./panic_nil_method_value_recv.go:12:7: &T{...} does not escape
./panic_nil_method_value_recv.go:13:13: ... argument does not escape
./panic_nil_method_value_recv.go:13:19: T.Sum(p) escapes to heap
./panic_nil_method_value_recv.go:15:13: ... argument does not escape
./panic_nil_method_value_recv.go:15:19: T.Sum(p) escapes to heap
