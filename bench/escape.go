// escape.go — what escape analysis saves: the same hot loop over a small
// struct, once with the struct kept in the frame (its address never leaves
// the loop body) and once with it escaping through a package variable, so
// every iteration allocates on the heap.
//
//   vm bench/escape.go stack    the struct lives in the frame
//   vm bench/escape.go heap     the struct escapes: one heap object per turn
//   vm -noescape bench/escape.go stack   the ablation: frame → heap
package main

import (
	"fmt"
	"os"
)

type Vec struct{ X, Y, Z int }

var sink *Vec

func norm1(v *Vec) int { return v.X + v.Y + v.Z }

func inFrame(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		v := &Vec{i, i + 1, i + 2}
		s += norm1(v)
	}
	return s
}

func onHeap(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		v := &Vec{i, i + 1, i + 2}
		sink = v
		s += norm1(v)
	}
	return s
}

func main() {
	const n = 3000000
	if len(os.Args) > 1 && os.Args[1] == "heap" {
		fmt.Println(onHeap(n))
		return
	}
	fmt.Println(inFrame(n))
}
