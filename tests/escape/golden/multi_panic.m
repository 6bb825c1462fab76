./b.go:3:10: s does not escape
./a.go:6:13: ... argument does not escape
./a.go:6:14: "start" escapes to heap
./a.go:7:13: ... argument does not escape
./a.go:7:17: get([]int{...}, 1) escapes to heap
./a.go:7:23: []int{...} does not escape
./a.go:8:13: ... argument does not escape
./a.go:8:17: get([]int{...}, 5) escapes to heap
./a.go:8:23: []int{...} does not escape
