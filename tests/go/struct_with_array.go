// A struct holding arrays: indexing into the field, whole-array assignment,
// equality, and a fixed-capacity buffer built on it.
package main

import "fmt"

type Ring struct {
	buf  [4]int
	head int
	n    int
}

func (r *Ring) Push(v int) {
	r.buf[(r.head+r.n)%len(r.buf)] = v
	if r.n < len(r.buf) {
		r.n++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r Ring) Items() []int {
	out := make([]int, 0, r.n)
	for i := 0; i < r.n; i++ {
		out = append(out, r.buf[(r.head+i)%len(r.buf)])
	}
	return out
}

type Matrix struct {
	M [2][2]int
}

func main() {
	var r Ring
	for i := 1; i <= 6; i++ {
		r.Push(i)
		fmt.Println(r.Items(), r.buf)
	}

	a := Matrix{[2][2]int{{1, 2}, {3, 4}}}
	b := a
	b.M[0][0] = 9
	fmt.Println(a, b, a == b)
	b.M = a.M
	fmt.Println(a == b)

	snap := r
	r.Push(7)
	fmt.Println(snap.Items(), r.Items())
}
