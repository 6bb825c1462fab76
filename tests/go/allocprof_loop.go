// A program with known allocation counts, for `vm -allocprof`
// (tests/CMakeLists.txt cli_allocprof*): 1000 escaping &T{} (16000 heap
// bytes), 10 make([]int, n) with n = 100 (8000 heap bytes), 1000 &T{} that
// stay in the frame (16000 stack bytes).
package main

import "fmt"

type T struct{ a, b int }

var sink *T

func main() {
	sum, n := 0, 100
	for i := 0; i < 1000; i++ {
		sink = &T{i, i}
	}
	for i := 0; i < 1000; i++ {
		p := &T{i, 1}
		sum += p.b
	}
	for i := 0; i < 10; i++ {
		s := make([]int, n)
		sum += len(s)
	}
	fmt.Println(sum, sink.a)
}
