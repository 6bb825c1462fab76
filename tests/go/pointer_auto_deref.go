// Automatic dereference: p.f for pointers to structs, p[i], len(p), range
// and slicing for pointers to arrays, and chains of them.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Grid struct {
	Cells [3][3]int
}

func main() {
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{Val: 3}
	fmt.Println(n.Val, n.Next.Val, n.Next.Next.Val, n.Next.Next.Next == nil)
	n.Next.Val *= 10
	fmt.Println((*n).Next.Val, (*(*n).Next).Val)

	g := &Grid{}
	g.Cells[1][1] = 5
	row := &g.Cells[1]
	row[2] = 6
	fmt.Println(g.Cells, len(row))

	arr := &[4]string{"a", "b", "c", "d"}
	for i, v := range arr {
		arr[i] = v + v
	}
	fmt.Println(*arr, arr[1:3], len(arr))

	// A nil pointer to an array still has a length.
	var nilArr *[5]int
	fmt.Println(len(nilArr), cap(nilArr))

	pp := &n
	(*pp).Val = 100
	fmt.Println(n.Val)

	sum := 0
	for p := n; p != nil; p = p.Next {
		sum += p.Val
	}
	fmt.Println(sum)
}
