// Multiple assignment: all right-hand sides are evaluated before any
// assignment, so swaps and rotations work; := with a mix of new and existing
// variables; blank identifiers.
package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

var trace = ""

func note(s string, v int) int {
	trace += s
	return v
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := "x", "y", "z"
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	fib1, fib2 := 0, 1
	for i := 0; i < 10; i++ {
		fib1, fib2 = fib2, fib1+fib2
	}
	fmt.Println(fib1, fib2)

	n, s := pair()
	fmt.Println(n, s)
	n, t := pair()
	fmt.Println(n, t)
	_, s = pair()
	m, _ := pair()
	fmt.Println(m, s)

	var p, q int = 3, 4
	var r, u = "r", 5.5
	fmt.Println(p, q, r, u)

	// Right-hand sides are evaluated left to right, before assigning.
	c, d := note("c", 1), note("d", 2)
	fmt.Println(c, d, trace)
	c, d = note("e", d), note("f", c)
	fmt.Println(c, d, trace)

	i := 0
	i, j := i+1, i+2
	fmt.Println(i, j)
	_ = j
	var _ = note("g", 0)
	fmt.Println(trace)
}
