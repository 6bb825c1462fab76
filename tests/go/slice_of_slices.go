// Slices of slices: jagged rows, growing an inner slice, a 2-D grid made
// row by row, and rows sharing one backing array.
package main

import "fmt"

func main() {
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}

	var jag [][]string
	jag = append(jag, []string{"a"})
	jag = append(jag, []string{})
	jag[1] = append(jag[1], "b", "c")
	jag[0] = append(jag[0], "d")
	fmt.Println(jag, len(jag[0]), len(jag[1]))

	// Rows cut from one backing array.
	backing := make([]int, 6)
	grid := [][]int{backing[0:3], backing[3:6]}
	grid[0][2] = 5
	grid[1][0] = 7
	fmt.Println(backing, grid)

	// Copying the outer slice copies headers, not rows.
	g2 := make([][]int, len(grid))
	copy(g2, grid)
	g2[0][0] = 1
	fmt.Println(grid[0][0])

	// Deep copy.
	g3 := make([][]int, len(grid))
	for i := range grid {
		g3[i] = append([]int(nil), grid[i]...)
	}
	g3[1][1] = 42
	fmt.Println(grid, g3)
	fmt.Println(len(grid), len(grid[1]), cap(grid[0]))
}
