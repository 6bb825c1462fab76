./closure_capture_param.go:6:13: moved to heap: factor
./closure_capture_param.go:7:10: func literal escapes to heap
./closure_capture_param.go:8:11: func literal escapes to heap
./closure_capture_param.go:13:9: func literal does not escape
./closure_capture_param.go:22:13: ... argument does not escape
./closure_capture_param.go:22:16: sc(5) escapes to heap
./closure_capture_param.go:24:13: ... argument does not escape
./closure_capture_param.go:24:16: sc(5) escapes to heap
./closure_capture_param.go:25:13: ... argument does not escape
./closure_capture_param.go:25:19: sumTo(10) escapes to heap
./closure_capture_param.go:25:30: sumTo(0) escapes to heap
