package main

// gc moves locals over 10 MB (MaxStackVarSize) to the heap whatever the
// flow, and keeps smaller ones, even when they do not fit the VM's
// registers; &T{} over 64 KB (MaxImplicitStackVarSize) goes to the heap.
type Big struct {
	Head int
	Body [70000]int64
}

func sink(x int) int { return x }

func main() {
	var a [11 << 20]byte
	a[5] = 1
	var b [1 << 20]int64
	b[7] = 2
	c := [2 << 20]int64{}
	c[1] = 3
	var d [70000]byte
	p := &d
	p[0] = 4
	q := &Big{Head: 1}
	r := &[1000]int{}
	sink(int(a[5]) + int(b[7]) + int(c[1]) + int(p[0]) + q.Head + r[0])
}
