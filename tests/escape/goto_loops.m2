./goto_loops.go:19:9: &node{...} escapes to heap:
./goto_loops.go:19:9:   flow: last = &{storage for &node{...}}:
./goto_loops.go:19:9:     from &node{...} (spill) at ./goto_loops.go:19:9
./goto_loops.go:19:9:     from last = &node{...} (assign) at ./goto_loops.go:19:7
./goto_loops.go:19:9: &node{...} escapes to heap
./goto_loops.go:31:9: new(int) does not escape
./goto_loops.go:44:9: new(int) escapes to heap:
./goto_loops.go:44:9:   flow: p = &{storage for new(int)}:
./goto_loops.go:44:9:     from new(int) (spill) at ./goto_loops.go:44:9
./goto_loops.go:44:9:     from p = new(int) (assign) at ./goto_loops.go:44:4
./goto_loops.go:44:9: new(int) escapes to heap
./goto_loops.go:57:10: new(int) does not escape
