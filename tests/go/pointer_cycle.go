// Pointer structures with cycles: a circular ring walked a fixed number of
// steps, a doubly linked pair pointing at each other, and a struct pointing
// at itself.
package main

import "fmt"

type Ring struct {
	V    int
	Next *Ring
}

type DNode struct {
	Name       string
	Prev, Next *DNode
}

type Self struct {
	Me *Self
	N  int
}

func main() {
	first := &Ring{V: 0}
	cur := first
	for i := 1; i < 5; i++ {
		cur.Next = &Ring{V: i}
		cur = cur.Next
	}
	cur.Next = first
	p := first
	for i := 0; i < 12; i++ {
		fmt.Print(p.V, " ")
		p = p.Next
	}
	fmt.Println()
	n := 1
	for q := first.Next; q != first; q = q.Next {
		n++
	}
	fmt.Println("ring size", n)

	a := &DNode{Name: "a"}
	b := &DNode{Name: "b", Prev: a}
	a.Next = b
	b.Next = a
	a.Prev = b
	fmt.Println(a.Next.Prev == a, a.Next.Next == a, b.Prev.Next.Name)

	s := &Self{N: 1}
	s.Me = s
	s.Me.Me.Me.N = 42
	fmt.Println(s.N, s.Me == s)
}
