./panic_div_in_closure.go:8:9: func literal does not escape
./panic_div_in_closure.go:10:14: ... argument does not escape
./panic_div_in_closure.go:10:18: div(12) escapes to heap
