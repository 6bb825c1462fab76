./seed_frames.go:12:13: depth escapes to heap:
./seed_frames.go:12:13:   flow: {storage for ... argument} = &{storage for depth}:
./seed_frames.go:12:13:     from depth (spill) at ./seed_frames.go:12:13
./seed_frames.go:12:13:     from ... argument (slice-literal-element) at ./seed_frames.go:12:12
./seed_frames.go:12:13:   flow: {heap} = {storage for ... argument}:
./seed_frames.go:12:13:     from ... argument (spill) at ./seed_frames.go:12:12
./seed_frames.go:12:13:     from fmt.Printf("leave depth=%d\n", ... argument...) (call parameter) at ./seed_frames.go:12:12
./seed_frames.go:10:13: x escapes to heap:
./seed_frames.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./seed_frames.go:10:13:     from x (spill) at ./seed_frames.go:10:13
./seed_frames.go:10:13:     from ... argument (slice-literal-element) at ./seed_frames.go:10:12
./seed_frames.go:10:13:   flow: {heap} = {storage for ... argument}:
./seed_frames.go:10:13:     from ... argument (spill) at ./seed_frames.go:10:12
./seed_frames.go:10:13:     from fmt.Printf("enter depth=%d (x=%d)\n", ... argument...) (call parameter) at ./seed_frames.go:10:12
./seed_frames.go:10:13: depth escapes to heap:
./seed_frames.go:10:13:   flow: {storage for ... argument} = &{storage for depth}:
./seed_frames.go:10:13:     from depth (spill) at ./seed_frames.go:10:13
./seed_frames.go:10:13:     from ... argument (slice-literal-element) at ./seed_frames.go:10:12
./seed_frames.go:10:13:   flow: {heap} = {storage for ... argument}:
./seed_frames.go:10:13:     from ... argument (spill) at ./seed_frames.go:10:12
./seed_frames.go:10:13:     from fmt.Printf("enter depth=%d (x=%d)\n", ... argument...) (call parameter) at ./seed_frames.go:10:12
./seed_frames.go:10:12: ... argument does not escape
./seed_frames.go:10:13: depth escapes to heap
./seed_frames.go:10:13: x escapes to heap
./seed_frames.go:12:12: ... argument does not escape
./seed_frames.go:12:13: depth escapes to heap
