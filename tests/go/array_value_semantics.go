// Arrays are values: assignment, parameters and results copy every element,
// so changing the copy never changes the original.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func setFirst(a [4]int, v int) {
	a[0] = v
}

func setFirstPtr(a *[4]int, v int) {
	a[0] = v
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)

	c := double(a)
	fmt.Println(a, c)

	setFirst(a, 7)
	fmt.Println(a)
	setFirstPtr(&a, 7)
	fmt.Println(a)

	// Copy of a string array: strings are shared but the array is not.
	s := [3]string{"x", "y", "z"}
	t := s
	t[1] = "changed"
	fmt.Println(s, t)

	// Assigning into an array element of an array of arrays copies the row.
	var grid [2][3]int
	row := [3]int{9, 8, 7}
	grid[1] = row
	row[0] = 0
	fmt.Println(grid, row)

	// An array swapped by multiple assignment.
	x, y := [2]int{1, 2}, [2]int{3, 4}
	x, y = y, x
	fmt.Println(x, y)

	// Array of arrays copied as a whole, then one inner element changed.
	g2 := grid
	g2[1][2] = -1
	fmt.Println(grid[1][2], g2[1][2])
}
