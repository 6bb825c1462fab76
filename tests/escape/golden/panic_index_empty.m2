./panic_index_empty.go:6:12: s does not escape
./panic_index_empty.go:10:19: first("") escapes to heap:
./panic_index_empty.go:10:19:   flow: {storage for ... argument} = &{storage for first("")}:
./panic_index_empty.go:10:19:     from first("") (spill) at ./panic_index_empty.go:10:19
./panic_index_empty.go:10:19:     from ... argument (slice-literal-element) at ./panic_index_empty.go:10:13
./panic_index_empty.go:10:19:   flow: {heap} = {storage for ... argument}:
./panic_index_empty.go:10:19:     from ... argument (spill) at ./panic_index_empty.go:10:13
./panic_index_empty.go:10:19:     from fmt.Println(... argument...) (call parameter) at ./panic_index_empty.go:10:13
./panic_index_empty.go:9:19: first("x") escapes to heap:
./panic_index_empty.go:9:19:   flow: {storage for ... argument} = &{storage for first("x")}:
./panic_index_empty.go:9:19:     from first("x") (spill) at ./panic_index_empty.go:9:19
./panic_index_empty.go:9:19:     from ... argument (slice-literal-element) at ./panic_index_empty.go:9:13
./panic_index_empty.go:9:19:   flow: {heap} = {storage for ... argument}:
./panic_index_empty.go:9:19:     from ... argument (spill) at ./panic_index_empty.go:9:13
./panic_index_empty.go:9:19:     from fmt.Println(... argument...) (call parameter) at ./panic_index_empty.go:9:13
./panic_index_empty.go:9:13: ... argument does not escape
./panic_index_empty.go:9:19: first("x") escapes to heap
./panic_index_empty.go:10:13: ... argument does not escape
./panic_index_empty.go:10:19: first("") escapes to heap
