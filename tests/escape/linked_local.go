package main

type Node struct {
	v    int
	next *Node
}

func sum() int {
	a := Node{v: 1}
	b := Node{v: 2, next: &a}
	c := &Node{v: 3, next: &b}
	t := 0
	for n := c; n != nil; n = n.next {
		t += n.v
	}
	return t
}

func main() {
	println(sum())
}
