// Two slices sharing one backing array: append within the capacity writes
// into the shared array, visible through the other slice; once append must
// grow, the slices part ways.
package main

import "fmt"

func main() {
	base := make([]int, 3, 5)
	base[0], base[1], base[2] = 1, 2, 3
	a := append(base, 4)
	b := append(base, 5) // overwrites a[3]
	fmt.Println(base, a, b)
	fmt.Println(a[3], b[3])

	a[0] = 100
	fmt.Println(base[0], b[0])

	// Growth beyond capacity: c gets a new array.
	c := append(a, 6, 7)
	c[0] = -1
	fmt.Println(a[0], c[0], len(c), cap(a))

	// A sub-slice appending into its parent's tail.
	s := []int{0, 1, 2, 3, 4}
	head := s[:2]
	head = append(head, 99)
	fmt.Println(s, head)

	// Passing to a function: writes are seen, appends within cap write the
	// shared array but do not change the caller's length.
	t := make([]int, 2, 4)
	addOne(t)
	fmt.Println(t, t[:3])
}

func addOne(s []int) {
	s[0] = 10
	s = append(s, 11)
	s[1] = 12
}
