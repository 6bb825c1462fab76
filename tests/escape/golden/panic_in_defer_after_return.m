./panic_in_defer_after_return.go:6:8: func literal does not escape
./panic_in_defer_after_return.go:10:13: ... argument does not escape
./panic_in_defer_after_return.go:10:14: "f returns" escapes to heap
./panic_in_defer_after_return.go:15:13: ... argument does not escape
./panic_in_defer_after_return.go:15:15: f() escapes to heap
