// Writing the first field of a struct through a nil pointer (addr=0x0).
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	for p := n; p != nil; p = p.Next {
		fmt.Println(p.Val)
	}
	n.Next.Next.Val = 3
}
