./closure_loop.go:7:19: func literal escapes to heap
