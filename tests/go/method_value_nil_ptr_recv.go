// A method value of a pointer method on a nil pointer is fine until the
// method dereferences it.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

func (n *Node) Val() int { return n.val }

func main() {
	var empty *Node
	l := empty.Len
	fmt.Println(l())
	list := &Node{1, &Node{2, nil}}
	fmt.Println(list.Len(), list.next.next.Len())
	v := empty.Val
	fmt.Println("bound")
	fmt.Println(v())
}
