./io_builder_copy_panic.go:8:12: parameter b leaks to {heap} with derefs=0:
./io_builder_copy_panic.go:8:12:   flow: {heap} = b:
./io_builder_copy_panic.go:8:12:     from b (address-of) at ./io_builder_copy_panic.go:9:3
./io_builder_copy_panic.go:8:12:     from (*strings.Builder).WriteString(b, "copy") (call parameter) at ./io_builder_copy_panic.go:9:15
./io_builder_copy_panic.go:8:12: leaking param: b
./io_builder_copy_panic.go:21:14: "unreachable" escapes to heap:
./io_builder_copy_panic.go:21:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./io_builder_copy_panic.go:21:14:     from "unreachable" (spill) at ./io_builder_copy_panic.go:21:14
./io_builder_copy_panic.go:21:14:     from ... argument (slice-literal-element) at ./io_builder_copy_panic.go:21:13
./io_builder_copy_panic.go:21:14:   flow: {heap} = {storage for ... argument}:
./io_builder_copy_panic.go:21:14:     from ... argument (spill) at ./io_builder_copy_panic.go:21:13
./io_builder_copy_panic.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./io_builder_copy_panic.go:21:13
./io_builder_copy_panic.go:19:22: (*strings.Builder).String(a) escapes to heap:
./io_builder_copy_panic.go:19:22:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(a)}:
./io_builder_copy_panic.go:19:22:     from (*strings.Builder).String(a) (spill) at ./io_builder_copy_panic.go:19:22
./io_builder_copy_panic.go:19:22:     from ... argument (slice-literal-element) at ./io_builder_copy_panic.go:19:13
./io_builder_copy_panic.go:19:22:   flow: {heap} = {storage for ... argument}:
./io_builder_copy_panic.go:19:22:     from ... argument (spill) at ./io_builder_copy_panic.go:19:13
./io_builder_copy_panic.go:19:22:     from fmt.Println(... argument...) (call parameter) at ./io_builder_copy_panic.go:19:13
./io_builder_copy_panic.go:17:22: (*strings.Builder).String(b) escapes to heap:
./io_builder_copy_panic.go:17:22:   flow: {storage for ... argument} = &{storage for (*strings.Builder).String(b)}:
./io_builder_copy_panic.go:17:22:     from (*strings.Builder).String(b) (spill) at ./io_builder_copy_panic.go:17:22
./io_builder_copy_panic.go:17:22:     from ... argument (slice-literal-element) at ./io_builder_copy_panic.go:17:13
./io_builder_copy_panic.go:17:22:   flow: {heap} = {storage for ... argument}:
./io_builder_copy_panic.go:17:22:     from ... argument (spill) at ./io_builder_copy_panic.go:17:13
./io_builder_copy_panic.go:17:22:     from fmt.Println(... argument...) (call parameter) at ./io_builder_copy_panic.go:17:13
./io_builder_copy_panic.go:17:13: ... argument does not escape
./io_builder_copy_panic.go:17:22: (*strings.Builder).String(b) escapes to heap
./io_builder_copy_panic.go:19:13: ... argument does not escape
./io_builder_copy_panic.go:19:22: (*strings.Builder).String(a) escapes to heap
./io_builder_copy_panic.go:21:13: ... argument does not escape
./io_builder_copy_panic.go:21:14: "unreachable" escapes to heap
