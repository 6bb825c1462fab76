./panic_arg.go:3:21: leaking param: msg
./panic_arg.go:5:9: msg escapes to heap
./panic_arg.go:11:8: func literal does not escape
./panic_arg.go:14:7: "boom" escapes to heap
