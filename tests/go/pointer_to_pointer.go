// Pointers to pointers: double dereference, redirecting a pointer through
// its address, and a linked list insert with **Node.
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func redirect(pp **int, target *int) {
	*pp = target
}

func insertSorted(head **Node, v int) {
	p := head
	for *p != nil && (*p).V < v {
		p = &(*p).Next
	}
	*p = &Node{v, *p}
}

func main() {
	x, y := 1, 2
	p := &x
	pp := &p
	**pp = 10
	fmt.Println(x, *p)
	redirect(pp, &y)
	**pp = 20
	fmt.Println(x, y, *p)

	ppp := &pp
	***ppp = 30
	fmt.Println(y)

	var head *Node
	for _, v := range []int{5, 1, 4, 2, 3, 0, 6} {
		insertSorted(&head, v)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.V, " ")
	}
	fmt.Println()
}
