./seed_stackit2.go:15:2: moved to heap: res
./seed_stackit2.go:23:13: ... argument does not escape
./seed_stackit2.go:23:14: *p escapes to heap
./seed_stackit2.go:23:18: *q escapes to heap
./seed_stackit2.go:23:24: p != q escapes to heap
./seed_stackit2.go:25:13: ... argument does not escape
./seed_stackit2.go:25:14: *p escapes to heap
./seed_stackit2.go:25:18: *q escapes to heap
