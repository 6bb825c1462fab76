// An out-of-range column in a slice of slices: the inner slice's length is
// reported.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5}}
	for r := range grid {
		for c := 0; c < 3; c++ {
			fmt.Println(r, c, grid[r][c])
		}
	}
}
