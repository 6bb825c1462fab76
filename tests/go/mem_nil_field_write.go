package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	fmt.Println(n.Val, n.Next.Val)
	n.Next.Next.Val = 3
	fmt.Println("unreachable")
}
