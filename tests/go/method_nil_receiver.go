// A pointer method may be called on a nil pointer; it runs and can test its
// receiver for nil (a common pattern for recursive structures).
package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.Next.Len()
}

func (l *List) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

func (l *List) Push(v int) *List { return &List{v, l} }

type Tree struct {
	Left, Right *Tree
	V           int
}

func (t *Tree) Depth() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Depth(), t.Right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var l *List
	fmt.Println(l.Len(), l.Sum())
	l = l.Push(1).Push(2).Push(3)
	fmt.Println(l.Len(), l.Sum(), l.Val)

	var t *Tree
	fmt.Println(t.Depth())
	t = &Tree{Left: &Tree{Left: &Tree{}}, Right: &Tree{}}
	fmt.Println(t.Depth())

	f := (*List).Len
	fmt.Println(f(nil))
}
