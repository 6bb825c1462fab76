./stackit.go:11:2: moved to heap: res
./stackit.go:21:15: y does not escape
