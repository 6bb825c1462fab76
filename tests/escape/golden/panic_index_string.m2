./panic_index_string.go:6:9: s does not escape
./panic_index_string.go:13:16: at(s, 5) escapes to heap:
./panic_index_string.go:13:16:   flow: {storage for ... argument} = &{storage for at(s, 5)}:
./panic_index_string.go:13:16:     from at(s, 5) (spill) at ./panic_index_string.go:13:16
./panic_index_string.go:13:16:     from ... argument (slice-literal-element) at ./panic_index_string.go:13:13
./panic_index_string.go:13:16:   flow: {heap} = {storage for ... argument}:
./panic_index_string.go:13:16:     from ... argument (spill) at ./panic_index_string.go:13:13
./panic_index_string.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./panic_index_string.go:13:13
./panic_index_string.go:12:16: at(s, 2) escapes to heap:
./panic_index_string.go:12:16:   flow: {storage for ... argument} = &{storage for at(s, 2)}:
./panic_index_string.go:12:16:     from at(s, 2) (spill) at ./panic_index_string.go:12:16
./panic_index_string.go:12:16:     from ... argument (slice-literal-element) at ./panic_index_string.go:12:13
./panic_index_string.go:12:16:   flow: {heap} = {storage for ... argument}:
./panic_index_string.go:12:16:     from ... argument (spill) at ./panic_index_string.go:12:13
./panic_index_string.go:12:16:     from fmt.Println(... argument...) (call parameter) at ./panic_index_string.go:12:13
./panic_index_string.go:12:13: ... argument does not escape
./panic_index_string.go:12:16: at(s, 2) escapes to heap
./panic_index_string.go:13:13: ... argument does not escape
./panic_index_string.go:13:16: at(s, 5) escapes to heap
