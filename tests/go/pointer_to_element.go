// Pointers to array and slice elements alias the element; after append
// moves a slice, old element pointers refer to the old array.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr[2]
	*p = 30
	fmt.Println(arr)

	s := make([]int, 3, 3)
	q := &s[0]
	*q = 7
	fmt.Println(s)

	s = append(s, 4) // must grow: new backing array
	*q = 8
	fmt.Println(s[0], *q)

	t := make([]int, 2, 10)
	r := &t[1]
	t = append(t, 3) // within capacity: same array
	*r = 9
	fmt.Println(t)

	type P struct{ X int }
	ps := []P{{1}, {2}}
	pp := &ps[1]
	pp.X = 20
	fmt.Println(ps)

	grid := [][]int{{1, 2}, {3, 4}}
	g := &grid[1][0]
	*g = 33
	fmt.Println(grid)

	// A pointer to the element of a sub-slice is a pointer into the parent.
	sub := arr[1:]
	fmt.Println(&sub[0] == &arr[1], &sub[1] == &arr[1])
}
