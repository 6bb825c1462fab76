./goroutine_main_exits.go:5:14: c does not escape
./goroutine_main_exits.go:15:14: ... argument does not escape
./goroutine_main_exits.go:15:15: <-c escapes to heap
./goroutine_main_exits.go:17:13: ... argument does not escape
./goroutine_main_exits.go:17:14: "main returns; the other goroutine is abandoned" escapes to heap
