./panic_index_negative.go:10:15: s[i] escapes to heap:
./panic_index_negative.go:10:15:   flow: {storage for ... argument} = &{storage for s[i]}:
./panic_index_negative.go:10:15:     from s[i] (spill) at ./panic_index_negative.go:10:15
./panic_index_negative.go:10:15:     from ... argument (slice-literal-element) at ./panic_index_negative.go:10:13
./panic_index_negative.go:10:15:   flow: {heap} = {storage for ... argument}:
./panic_index_negative.go:10:15:     from ... argument (spill) at ./panic_index_negative.go:10:13
./panic_index_negative.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_negative.go:10:13
./panic_index_negative.go:9:15: s[i + 1] escapes to heap:
./panic_index_negative.go:9:15:   flow: {storage for ... argument} = &{storage for s[i + 1]}:
./panic_index_negative.go:9:15:     from s[i + 1] (spill) at ./panic_index_negative.go:9:15
./panic_index_negative.go:9:15:     from ... argument (slice-literal-element) at ./panic_index_negative.go:9:13
./panic_index_negative.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_index_negative.go:9:15:     from ... argument (spill) at ./panic_index_negative.go:9:13
./panic_index_negative.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_negative.go:9:13
./panic_index_negative.go:9:13: ... argument does not escape
./panic_index_negative.go:9:15: s[i + 1] escapes to heap
./panic_index_negative.go:10:13: ... argument does not escape
./panic_index_negative.go:10:15: s[i] escapes to heap
