// Returning the address of a local variable: each call yields a distinct,
// live variable, even when taken inside a loop body.
package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func newInt(v int) *int {
	return &v // the parameter itself
}

func main() {
	var ps []*Point
	for i := 0; i < 3; i++ {
		ps = append(ps, newPoint(i, i*i))
	}
	ps[0].X = 100
	for _, p := range ps {
		fmt.Println(*p)
	}

	a, b := newInt(1), newInt(1)
	*a = 5
	fmt.Println(*a, *b, a == b)

	// The address of a variable declared inside the loop body is a new
	// variable on every iteration.
	var addrs []*int
	for i := 0; i < 3; i++ {
		v := i * 10
		addrs = append(addrs, &v)
	}
	for _, p := range addrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(addrs[0] != addrs[1])

	// The loop variable itself is one variable for the whole loop (Go 1.19).
	var loopAddrs []*int
	for i := 0; i < 3; i++ {
		loopAddrs = append(loopAddrs, &i)
	}
	fmt.Println(*loopAddrs[0], *loopAddrs[2], loopAddrs[0] == loopAddrs[2])
}
