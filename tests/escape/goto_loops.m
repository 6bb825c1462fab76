./goto_loops.go:19:9: &node{...} escapes to heap
./goto_loops.go:31:9: new(int) does not escape
./goto_loops.go:44:9: new(int) escapes to heap
./goto_loops.go:57:10: new(int) does not escape
