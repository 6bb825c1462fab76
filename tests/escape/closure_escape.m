./closure_escape.go:4:2: moved to heap: n
./closure_escape.go:5:9: func literal escapes to heap
./closure_escape.go:12:9: func literal escapes to heap
