./panic_nil_pointer_read.go:11:14: *p escapes to heap:
./panic_nil_pointer_read.go:11:14:   flow: {storage for ... argument} = &{storage for *p}:
./panic_nil_pointer_read.go:11:14:     from *p (spill) at ./panic_nil_pointer_read.go:11:14
./panic_nil_pointer_read.go:11:14:     from ... argument (slice-literal-element) at ./panic_nil_pointer_read.go:11:13
./panic_nil_pointer_read.go:11:14:   flow: {heap} = {storage for ... argument}:
./panic_nil_pointer_read.go:11:14:     from ... argument (spill) at ./panic_nil_pointer_read.go:11:13
./panic_nil_pointer_read.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_pointer_read.go:11:13
./panic_nil_pointer_read.go:10:16: p == nil escapes to heap:
./panic_nil_pointer_read.go:10:16:   flow: {storage for ... argument} = &{storage for p == nil}:
./panic_nil_pointer_read.go:10:16:     from p == nil (spill) at ./panic_nil_pointer_read.go:10:16
./panic_nil_pointer_read.go:10:16:     from ... argument (slice-literal-element) at ./panic_nil_pointer_read.go:10:13
./panic_nil_pointer_read.go:10:16:   flow: {heap} = {storage for ... argument}:
./panic_nil_pointer_read.go:10:16:     from ... argument (spill) at ./panic_nil_pointer_read.go:10:13
./panic_nil_pointer_read.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_pointer_read.go:10:13
./panic_nil_pointer_read.go:10:13: ... argument does not escape
./panic_nil_pointer_read.go:10:16: p == nil escapes to heap
./panic_nil_pointer_read.go:11:13: ... argument does not escape
./panic_nil_pointer_read.go:11:14: *p escapes to heap
