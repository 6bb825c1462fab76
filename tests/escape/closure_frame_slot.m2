./closure_frame_slot.go:3:12: f does not escape
./closure_frame_slot.go:13:11: func literal escapes to heap:
./closure_frame_slot.go:13:11:   flow: {heap} = &{storage for func literal}:
./closure_frame_slot.go:13:11:     from func literal (spill) at ./closure_frame_slot.go:13:11
./closure_frame_slot.go:13:11:     from global = func literal (assign) at ./closure_frame_slot.go:13:9
./closure_frame_slot.go:9:2: main capturing by ref: n (addr=false assign=true width=8)
./closure_frame_slot.go:8:2: main capturing by value: k (addr=false assign=false width=8)
./closure_frame_slot.go:12:2: main capturing by ref: m (addr=false assign=true width=8)
./closure_frame_slot.go:12:2: m escapes to heap:
./closure_frame_slot.go:12:2:   flow: {storage for func literal} = &m:
./closure_frame_slot.go:12:2:     from m (captured by a closure) at ./closure_frame_slot.go:13:24
./closure_frame_slot.go:12:2:     from m (reference) at ./closure_frame_slot.go:13:24
./closure_frame_slot.go:16:6: main capturing by ref: i (addr=false assign=true width=8)
./closure_frame_slot.go:15:2: main capturing by ref: s (addr=false assign=true width=8)
./closure_frame_slot.go:12:2: moved to heap: m
./closure_frame_slot.go:10:8: func literal does not escape
./closure_frame_slot.go:13:11: func literal escapes to heap
./closure_frame_slot.go:17:3: func literal does not escape
