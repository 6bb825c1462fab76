// Go's append growth policy for []int, one element at a time from nil:
// doubling below 256 elements, then a smoother factor, each rounded up to the
// allocator's size class. Prints every capacity change.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	// The contents survived every move.
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println("sum", sum)

	// From a non-empty literal.
	t := []int{1, 2, 3}
	for i := 0; i < 4; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println()

	// From make with an odd capacity.
	u := make([]int, 0, 5)
	for i := 0; i < 30; i++ {
		u = append(u, i)
		fmt.Print(cap(u), " ")
	}
	fmt.Println()
}
