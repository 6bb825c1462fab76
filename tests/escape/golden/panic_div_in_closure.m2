./panic_div_in_closure.go:7:2: main capturing by ref: d (addr=false assign=true width=8)
./panic_div_in_closure.go:10:18: div(12) escapes to heap:
./panic_div_in_closure.go:10:18:   flow: {storage for ... argument} = &{storage for div(12)}:
./panic_div_in_closure.go:10:18:     from div(12) (spill) at ./panic_div_in_closure.go:10:18
./panic_div_in_closure.go:10:18:     from ... argument (slice-literal-element) at ./panic_div_in_closure.go:10:14
./panic_div_in_closure.go:10:18:   flow: {heap} = {storage for ... argument}:
./panic_div_in_closure.go:10:18:     from ... argument (spill) at ./panic_div_in_closure.go:10:14
./panic_div_in_closure.go:10:18:     from fmt.Println(... argument...) (call parameter) at ./panic_div_in_closure.go:10:14
./panic_div_in_closure.go:8:9: func literal does not escape
./panic_div_in_closure.go:10:14: ... argument does not escape
./panic_div_in_closure.go:10:18: div(12) escapes to heap
