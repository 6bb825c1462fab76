package main

import "fmt"

// Elements of package-level arrays chosen by a variable index: stores,
// loads, op-assignments and nested arrays (Go's test/ken chan1, range,
// shift and simparray do this).
const N = 8

var h [N]int
var grid [3][4]int
var rec struct {
	vals [5]string
	n    int
}

func main() {
	for i := 0; i < N; i++ {
		h[i] = i * i
	}
	for i := 0; i < N; i += 2 {
		h[i] += 100
	}
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r*10 + c
		}
	}
	k := 2
	grid[k][k]++
	for i := range rec.vals {
		rec.vals[i] = fmt.Sprint("v", i)
		rec.n++
	}
	fmt.Println(h, grid, rec.vals, rec.n, h[k*2], grid[k][1])
}
