./panic_myint.go:6:8: func literal does not escape
./panic_myint.go:7:8: MyInt(7) escapes to heap
./panic_myint.go:9:7: "original" escapes to heap
