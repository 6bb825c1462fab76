./seed_frames.go:10:12: ... argument does not escape
./seed_frames.go:10:13: depth escapes to heap
./seed_frames.go:10:13: x escapes to heap
./seed_frames.go:12:12: ... argument does not escape
./seed_frames.go:12:13: depth escapes to heap
