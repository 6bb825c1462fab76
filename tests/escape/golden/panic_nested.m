./panic_nested.go:6:20: "outermost defer still runs" escapes to heap
./panic_nested.go:6:19: ... argument does not escape
./panic_nested.go:7:8: func literal does not escape
./panic_nested.go:8:8: "second" escapes to heap
./panic_nested.go:10:7: "first" escapes to heap
