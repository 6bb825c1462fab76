./closure_frame_slot.go:3:12: f does not escape
./closure_frame_slot.go:12:2: moved to heap: m
./closure_frame_slot.go:10:8: func literal does not escape
./closure_frame_slot.go:13:11: func literal escapes to heap
./closure_frame_slot.go:17:3: func literal does not escape
