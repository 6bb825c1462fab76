./mem_frame_objects_grow.go:10:11: p does not escape
./mem_frame_objects_grow.go:20:10: xs does not escape
./mem_frame_objects_grow.go:28:11: q does not escape
./mem_frame_objects_grow.go:38:13: ... argument does not escape
./mem_frame_objects_grow.go:38:13: n escapes to heap
./mem_frame_objects_grow.go:38:18: a[3] escapes to heap
./mem_frame_objects_grow.go:38:24: a[15] escapes to heap
./mem_frame_objects_grow.go:39:7: &Point{...} does not escape
./mem_frame_objects_grow.go:41:13: ... argument does not escape
./mem_frame_objects_grow.go:41:18: walk(q, 300) escapes to heap
./mem_frame_objects_grow.go:41:29: r.X escapes to heap
./mem_frame_objects_grow.go:41:34: r.Y escapes to heap
./mem_frame_objects_grow.go:42:11: make([]int, 0, 8) does not escape
./mem_frame_objects_grow.go:46:13: ... argument does not escape
./mem_frame_objects_grow.go:46:17: len(s) escapes to heap
./mem_frame_objects_grow.go:46:25: cap(s) escapes to heap
./mem_frame_objects_grow.go:46:31: s[19] escapes to heap
./mem_frame_objects_grow.go:46:40: sum(... argument...) escapes to heap
./mem_frame_objects_grow.go:46:40: ... argument does not escape
./mem_frame_objects_grow.go:48:11: new(Point) does not escape
./mem_frame_objects_grow.go:50:14: ... argument does not escape
./mem_frame_objects_grow.go:50:15: *p escapes to heap
./mem_frame_objects_grow.go:50:23: walk(p, 50) escapes to heap
