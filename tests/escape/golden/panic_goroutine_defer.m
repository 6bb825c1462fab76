./panic_goroutine_defer.go:5:11: ch does not escape
./panic_goroutine_defer.go:6:20: "goroutine defer runs" escapes to heap
./panic_goroutine_defer.go:6:19: ... argument does not escape
./panic_goroutine_defer.go:7:7: "in goroutine" escapes to heap
./panic_goroutine_defer.go:11:20: "main's defer does not run" escapes to heap
./panic_goroutine_defer.go:11:19: ... argument does not escape
./panic_goroutine_defer.go:15:13: ... argument does not escape
./panic_goroutine_defer.go:15:14: "not reached" escapes to heap
