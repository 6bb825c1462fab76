./panic_msg.go:9:38: "n is too big: " + fmt.Sprint(... argument...) escapes to heap
./panic_msg.go:9:26: "n is too big: " + fmt.Sprint(... argument...) escapes to heap
./panic_msg.go:9:38: ... argument does not escape
./panic_msg.go:9:38: n escapes to heap
./panic_msg.go:11:13: ... argument does not escape
./panic_msg.go:11:14: "n ok:" escapes to heap
./panic_msg.go:11:14: n escapes to heap
