// A binary search tree: insert, in-order walk with a callback, search,
// min/max, height, and deletion.
package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key)
	t.Right.Walk(visit)
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Min() int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Key
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = remove(t.Left, k)
	case k > t.Key:
		t.Right = remove(t.Right, k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key = m
		t.Right = remove(t.Right, m)
	}
	return t
}

func keys(t *Tree) []int {
	var out []int
	t.Walk(func(k int) { out = append(out, k) })
	return out
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30} {
		root = insert(root, k)
	}
	fmt.Println(keys(root))
	fmt.Println(root.Height(), root.Min(), root.Contains(45), root.Contains(46))
	sum := 0
	root.Walk(func(k int) { sum += k })
	fmt.Println(sum)

	root = remove(root, 30)
	root = remove(root, 50)
	root = remove(root, 99)
	fmt.Println(keys(root), root.Key, root.Height())

	// A degenerate tree from sorted input.
	var chain *Tree
	for i := 0; i < 20; i++ {
		chain = insert(chain, i)
	}
	fmt.Println(chain.Height(), len(keys(chain)))
}
