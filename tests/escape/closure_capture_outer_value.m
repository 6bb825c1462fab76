./closure_capture_outer_value.go:7:9: func literal does not escape
./closure_capture_outer_value.go:14:9: func literal does not escape
./closure_capture_outer_value.go:22:9: func literal does not escape
./closure_capture_outer_value.go:28:9: func literal does not escape
