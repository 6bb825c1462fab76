./goto_basic.go:18:11: grid does not escape
./goto_basic.go:22:16: ... argument does not escape
./goto_basic.go:22:17: "found at" escapes to heap
./goto_basic.go:22:17: r escapes to heap
./goto_basic.go:22:17: c escapes to heap
./goto_basic.go:27:13: ... argument does not escape
./goto_basic.go:27:14: "not found" escapes to heap
./goto_basic.go:38:13: ... argument does not escape
./goto_basic.go:38:14: "doubled" escapes to heap
./goto_basic.go:38:14: x escapes to heap
./goto_basic.go:40:19: ... argument does not escape
./goto_basic.go:40:20: "x=" escapes to heap
./goto_basic.go:40:20: x escapes to heap
./goto_basic.go:66:2: moved to heap: v
./goto_basic.go:58:13: ... argument does not escape
./goto_basic.go:58:19: sumTo(10) escapes to heap
./goto_basic.go:59:26: [][]int{...} does not escape
./goto_basic.go:59:27: []int{...} does not escape
./goto_basic.go:59:35: []int{...} does not escape
./goto_basic.go:59:13: ... argument does not escape
./goto_basic.go:59:13: .autotmp_0 escapes to heap
./goto_basic.go:59:13: .autotmp_1 escapes to heap
./goto_basic.go:60:26: [][]int{...} does not escape
./goto_basic.go:60:27: []int{...} does not escape
./goto_basic.go:60:35: []int{...} does not escape
./goto_basic.go:60:13: ... argument does not escape
./goto_basic.go:60:13: .autotmp_2 escapes to heap
./goto_basic.go:60:13: .autotmp_3 escapes to heap
./goto_basic.go:61:13: ... argument does not escape
./goto_basic.go:61:18: skip(3) escapes to heap
./goto_basic.go:61:27: skip(30) escapes to heap
./goto_basic.go:62:13: ... argument does not escape
./goto_basic.go:62:21: collatz(27) escapes to heap
./goto_basic.go:73:12: ... argument does not escape
./goto_basic.go:73:13: *p escapes to heap
./goto_basic.go:73:17: " " escapes to heap
./goto_basic.go:85:13: ... argument does not escape
./goto_basic.go:85:13: i escapes to heap
./goto_basic.go:85:13: j escapes to heap
./goto_basic.go:85:20: ";" escapes to heap
