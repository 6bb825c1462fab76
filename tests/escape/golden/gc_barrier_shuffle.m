./gc_barrier_shuffle.go:18:10: &Node{...} escapes to heap
./gc_barrier_shuffle.go:20:9: &Node{...} escapes to heap
./gc_barrier_shuffle.go:23:12: n does not escape
./gc_barrier_shuffle.go:57:21: main ignoring self-assignment in bx.s[0], bx.s[1] = bx.s[1], bx.s[0]
./gc_barrier_shuffle.go:57:21: main ignoring self-assignment in bx.s[0], bx.s[1] = bx.s[1], bx.s[0]
./gc_barrier_shuffle.go:37:15: make([]*Box, 32) does not escape
./gc_barrier_shuffle.go:39:14: &Box{...} escapes to heap
./gc_barrier_shuffle.go:39:50: ... argument does not escape
./gc_barrier_shuffle.go:39:51: "box" escapes to heap
./gc_barrier_shuffle.go:39:51: i escapes to heap
./gc_barrier_shuffle.go:69:11: &Node{...} escapes to heap
./gc_barrier_shuffle.go:73:15: ... argument does not escape
./gc_barrier_shuffle.go:73:16: "round" escapes to heap
./gc_barrier_shuffle.go:73:16: round escapes to heap
./gc_barrier_shuffle.go:73:32: "lost nodes:" escapes to heap
./gc_barrier_shuffle.go:73:32: got escapes to heap
./gc_barrier_shuffle.go:73:52: "want" escapes to heap
./gc_barrier_shuffle.go:73:52: want escapes to heap
./gc_barrier_shuffle.go:79:20: bx.name + " " escapes to heap
./gc_barrier_shuffle.go:81:13: ... argument does not escape
./gc_barrier_shuffle.go:81:13: total escapes to heap
./gc_barrier_shuffle.go:81:13: want escapes to heap
./gc_barrier_shuffle.go:81:13: names escapes to heap
