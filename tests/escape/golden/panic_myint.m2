./panic_myint.go:7:8: MyInt(7) escapes to heap:
./panic_myint.go:7:8:   flow: {heap} = &{storage for MyInt(7)}:
./panic_myint.go:7:8:     from MyInt(7) (spill) at ./panic_myint.go:7:8
./panic_myint.go:7:8:     from panic(MyInt(7)) (call parameter) at ./panic_myint.go:7:8
./panic_myint.go:9:7: "original" escapes to heap:
./panic_myint.go:9:7:   flow: {heap} = &{storage for "original"}:
./panic_myint.go:9:7:     from "original" (spill) at ./panic_myint.go:9:7
./panic_myint.go:9:7:     from panic("original") (call parameter) at ./panic_myint.go:9:7
./panic_myint.go:6:8: func literal does not escape
./panic_myint.go:7:8: MyInt(7) escapes to heap
./panic_myint.go:9:7: "original" escapes to heap
