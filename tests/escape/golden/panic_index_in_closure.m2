./panic_index_in_closure.go:7:2: main capturing by value: data (addr=false assign=false width=24)
./panic_index_in_closure.go:10:17: at(i) escapes to heap:
./panic_index_in_closure.go:10:17:   flow: {storage for ... argument} = &{storage for at(i)}:
./panic_index_in_closure.go:10:17:     from at(i) (spill) at ./panic_index_in_closure.go:10:17
./panic_index_in_closure.go:10:17:     from ... argument (slice-literal-element) at ./panic_index_in_closure.go:10:14
./panic_index_in_closure.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_index_in_closure.go:10:17:     from ... argument (spill) at ./panic_index_in_closure.go:10:14
./panic_index_in_closure.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index_in_closure.go:10:14
./panic_index_in_closure.go:7:15: []int{...} does not escape
./panic_index_in_closure.go:8:8: func literal does not escape
./panic_index_in_closure.go:10:14: ... argument does not escape
./panic_index_in_closure.go:10:17: at(i) escapes to heap
