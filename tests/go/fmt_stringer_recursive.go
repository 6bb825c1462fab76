package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%v", n.Val, n.Next)
}

type Tree struct {
	L, R *Tree
	V    string
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %s %v)", t.L, t.V, t.R)
}

func build(d int) *Tree {
	if d == 0 {
		return nil
	}
	return &Tree{build(d - 1), build(d - 1), fmt.Sprint(d)}
}

type Indent struct {
	depth int
	kids  []Indent
}

func (in Indent) String() string {
	b := strings.Repeat(" ", in.depth) + fmt.Sprint(in.depth)
	for _, k := range in.kids {
		b += "\n" + k.String()
	}
	return b
}

func main() {
	var head *Node
	for i := 0; i < 40; i++ {
		head = &Node{i, head}
	}
	s := fmt.Sprint(head)
	fmt.Println(len(s), s[:40])
	fmt.Println(build(3))
	fmt.Println(len(fmt.Sprint(build(8))))
	in := Indent{0, []Indent{{1, []Indent{{2, nil}, {2, nil}}}, {1, nil}}}
	fmt.Println(in)
	fmt.Printf("%v|%s\n", []*Node{{1, nil}, nil}, map[string]*Node{"a": {2, &Node{3, nil}}})
}
