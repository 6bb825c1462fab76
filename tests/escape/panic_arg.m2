./panic_arg.go:5:9: msg escapes to heap:
./panic_arg.go:5:9:   flow: {heap} = &{storage for msg}:
./panic_arg.go:5:9:     from msg (spill) at ./panic_arg.go:5:9
./panic_arg.go:5:9:     from panic(msg) (call parameter) at ./panic_arg.go:5:8
./panic_arg.go:3:21: parameter msg leaks to {storage for msg} with derefs=0:
./panic_arg.go:3:21:   flow: {storage for msg} = msg:
./panic_arg.go:3:21:     from msg (interface-converted) at ./panic_arg.go:5:9
./panic_arg.go:3:21: leaking param: msg
./panic_arg.go:5:9: msg escapes to heap
./panic_arg.go:14:7: "boom" escapes to heap:
./panic_arg.go:14:7:   flow: {heap} = &{storage for "boom"}:
./panic_arg.go:14:7:     from "boom" (spill) at ./panic_arg.go:14:7
./panic_arg.go:14:7:     from panic("boom") (call parameter) at ./panic_arg.go:14:7
./panic_arg.go:11:8: func literal does not escape
./panic_arg.go:14:7: "boom" escapes to heap
