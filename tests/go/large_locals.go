package main

import "fmt"

// Locals too big for the VM's registers live in memory; those over Go's
// 10 MB limit are moved to the heap as Go does (vm -m reports it).
type Big struct {
	Head int
	Body [70000]int64
	Tail string
}

func fill(n int) int {
	var grid [300][300]int
	for i := 0; i < 300; i++ {
		for j := 0; j < 300; j++ {
			grid[i][j] = i*n + j
		}
	}
	return grid[299][299] + grid[n][n]
}

func main() {
	var a [11 << 20]byte
	a[5] = 1
	var b [1 << 20]int64
	b[len(b)-1] = 2
	c := [2 << 20]int64{7: 3, 9}
	p := &Big{Head: 1, Tail: "end"}
	p.Body[69999] = 4
	q := Big{Head: 5}
	q.Body[0] = 6
	r := &[100000]int32{1, 2, 3}
	fmt.Println(a[5], b[len(b)-1], c[7], c[8], len(c), p.Head, p.Body[69999], p.Tail)
	fmt.Println(q.Head, q.Body[0], q.Tail == "", r[0], r[2], len(r))
	fmt.Println(fill(3))
	sum := 0
	for i := range b {
		b[i] = int64(i)
	}
	for _, v := range b[:1000] {
		sum += int(v)
	}
	fmt.Println(sum)
}
