package main

type Tree struct {
	left, right *Tree
	v           int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{v: v}
	}
	if v < t.v {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.v + sum(t.left) + sum(t.right)
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8} {
		root = insert(root, v)
	}
	println(sum(root))
}
