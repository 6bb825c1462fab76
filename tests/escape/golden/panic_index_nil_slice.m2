./panic_index_nil_slice.go:11:14: "unreachable" escapes to heap:
./panic_index_nil_slice.go:11:14:   flow: {storage for ... argument} = &{storage for "unreachable"}:
./panic_index_nil_slice.go:11:14:     from "unreachable" (spill) at ./panic_index_nil_slice.go:11:14
./panic_index_nil_slice.go:11:14:     from ... argument (slice-literal-element) at ./panic_index_nil_slice.go:11:13
./panic_index_nil_slice.go:11:14:   flow: {heap} = {storage for ... argument}:
./panic_index_nil_slice.go:11:14:     from ... argument (spill) at ./panic_index_nil_slice.go:11:13
./panic_index_nil_slice.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./panic_index_nil_slice.go:11:13
./panic_index_nil_slice.go:8:24: s == nil escapes to heap:
./panic_index_nil_slice.go:8:24:   flow: {storage for ... argument} = &{storage for s == nil}:
./panic_index_nil_slice.go:8:24:     from s == nil (spill) at ./panic_index_nil_slice.go:8:24
./panic_index_nil_slice.go:8:24:     from ... argument (slice-literal-element) at ./panic_index_nil_slice.go:8:13
./panic_index_nil_slice.go:8:24:   flow: {heap} = {storage for ... argument}:
./panic_index_nil_slice.go:8:24:     from ... argument (spill) at ./panic_index_nil_slice.go:8:13
./panic_index_nil_slice.go:8:24:     from fmt.Println(... argument...) (call parameter) at ./panic_index_nil_slice.go:8:13
./panic_index_nil_slice.go:8:17: len(s) escapes to heap:
./panic_index_nil_slice.go:8:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./panic_index_nil_slice.go:8:17:     from len(s) (spill) at ./panic_index_nil_slice.go:8:17
./panic_index_nil_slice.go:8:17:     from ... argument (slice-literal-element) at ./panic_index_nil_slice.go:8:13
./panic_index_nil_slice.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_index_nil_slice.go:8:17:     from ... argument (spill) at ./panic_index_nil_slice.go:8:13
./panic_index_nil_slice.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index_nil_slice.go:8:13
./panic_index_nil_slice.go:8:13: ... argument does not escape
./panic_index_nil_slice.go:8:17: len(s) escapes to heap
./panic_index_nil_slice.go:8:24: s == nil escapes to heap
./panic_index_nil_slice.go:11:13: ... argument does not escape
./panic_index_nil_slice.go:11:14: "unreachable" escapes to heap
