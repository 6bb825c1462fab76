./closure_capture_outer_value.go:6:2: fieldAssign capturing by ref: p (addr=false assign=true width=16)
./closure_capture_outer_value.go:7:9: func literal does not escape
./closure_capture_outer_value.go:13:6: indexAssign capturing by ref: a (addr=false assign=true width=32)
./closure_capture_outer_value.go:14:9: func literal does not escape
./closure_capture_outer_value.go:20:2: readOnly capturing by value: a (addr=false assign=false width=16)
./closure_capture_outer_value.go:21:2: readOnly capturing by value: p (addr=false assign=false width=16)
./closure_capture_outer_value.go:22:9: func literal does not escape
./closure_capture_outer_value.go:27:6: large capturing by ref: a (addr=false assign=false width=256)
./closure_capture_outer_value.go:28:9: func literal does not escape
