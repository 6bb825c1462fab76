// The write barrier under a concurrent collector: each round takes the only
// pointer to a subtree out of the heap into a local (a register), clears
// the heap slot, works (calls and allocations: safepoints, where cycles
// start), and stores the pointer back. Without the deletion barrier a
// marker that scans the box while its slot is empty never finds the subtree.
// Run with VM_GCSTRESS=c to have the GC thread marking slowly all along.
package main

import "fmt"

type Node struct {
	left, right *Node
	val         int
}

func tree(d, v int) *Node {
	if d == 0 {
		return &Node{val: v}
	}
	return &Node{tree(d-1, 2*v), tree(d-1, 2*v+1), v}
}

func check(n *Node) int {
	if n == nil {
		return 0
	}
	return n.val + check(n.left) + check(n.right)
}

type Box struct {
	a, b *Node
	s    []*Node
	name string
}

func main() {
	boxes := make([]*Box, 32)
	for i := range boxes {
		boxes[i] = &Box{a: tree(5, i), name: fmt.Sprint("box", i)}
	}
	want := 0
	for _, bx := range boxes {
		want += check(bx.a)
	}
	total := 0
	var xs [32]*Node
	for round := 0; round < 300; round++ {
		// the only pointers to the subtrees move to the frame
		for i, bx := range boxes {
			xs[i] = bx.a
			bx.a = nil
		}
		for i, bx := range boxes {
			x := xs[i]
			bx.s = append(bx.s[:0], x.left, x.right)
			total += check(x) + check(bx.b)
			bx.s[0], bx.s[1] = bx.s[1], bx.s[0]
			x.left, x.right = bx.s[1], bx.s[0]
		}
		// and back into the heap
		for i, bx := range boxes {
			bx.a = xs[i]
			xs[i] = nil
		}
		// allocation here: a stress cycle starts at the next call, with
		// every subtree in the heap again
		got := 0
		for _, bx := range boxes {
			bx.b = &Node{val: round}
			got += check(bx.a)
		}
		if got != want {
			fmt.Println("round", round, "lost nodes:", got, "want", want)
			return
		}
	}
	names := ""
	for _, bx := range boxes[:3] {
		names += bx.name + " "
	}
	fmt.Println(total, want, names)
}
