// A singly linked list with a head pointer: push front and back, find,
// remove, reverse in place, and conversion to a slice.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	tail *Node
	size int
}

func (l *List) PushFront(v int) {
	n := &Node{Val: v, Next: l.head}
	l.head = n
	if l.tail == nil {
		l.tail = n
	}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.Next = n
		l.tail = n
	}
	l.size++
}

func (l *List) Find(v int) *Node {
	for n := l.head; n != nil; n = n.Next {
		if n.Val == v {
			return n
		}
	}
	return nil
}

func (l *List) Remove(v int) bool {
	var prev *Node
	for n := l.head; n != nil; prev, n = n, n.Next {
		if n.Val != v {
			continue
		}
		if prev == nil {
			l.head = n.Next
		} else {
			prev.Next = n.Next
		}
		if l.tail == n {
			l.tail = prev
		}
		l.size--
		return true
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.Next
		n.Next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l *List) Slice() []int {
	out := make([]int, 0, l.size)
	for n := l.head; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l.Slice(), l.size)
	fmt.Println(l.Find(30) != nil, l.Find(31) == nil, l.Find(30).Next.Val)
	fmt.Println(l.Remove(5), l.Remove(50), l.Remove(99))
	fmt.Println(l.Slice(), l.size, l.tail.Val)
	l.Reverse()
	fmt.Println(l.Slice(), l.head.Val, l.tail.Val)
	l.PushBack(1)
	fmt.Println(l.Slice())
	for l.size > 0 {
		l.Remove(l.head.Val)
	}
	fmt.Println(l.Slice(), l.head == nil, l.tail == nil)
}
