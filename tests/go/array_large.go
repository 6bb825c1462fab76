// Large arrays as values: a [1000]int copied by assignment and by call, a
// [64][64]int grid, and an array in a struct copied as a whole.
package main

import "fmt"

type Big struct {
	Data [1000]int
	N    int
}

func sum(a [1000]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	a[0] = -1 // the caller's array is untouched
	return s
}

func touch(b Big) Big {
	b.Data[999] = 7
	b.N++
	return b
}

func main() {
	var a [1000]int
	for i := range a {
		a[i] = i
	}
	b := a
	b[500] = 0
	fmt.Println(sum(a), sum(b), a[0], a[500])

	var g [64][64]int
	for i := 0; i < 64; i++ {
		for j := 0; j < 64; j++ {
			g[i][j] = i ^ j
		}
	}
	h := g
	diag := 0
	for i := 0; i < 64; i++ {
		diag += h[i][63-i]
		h[i][i] = 1
	}
	fmt.Println(diag, g[5][5], h[5][5])

	var x Big
	y := touch(x)
	fmt.Println(x.Data[999], x.N, y.Data[999], y.N, x == y, touch(x) == y)
}
