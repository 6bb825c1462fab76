package main

type Node struct {
	v    int
	next *Node
}

var head *Node

func push(v int) {
	head = &Node{v, head}
}

func main() {
	push(1)
	push(2)
	println(head.v, head.next.v)
}
