./nested_closure.go:4:2: moved to heap: x
./nested_closure.go:5:11: func literal does not escape
./nested_closure.go:6:10: func literal escapes to heap
