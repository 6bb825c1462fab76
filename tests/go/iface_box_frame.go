package main

import "fmt"

// Values converted to interfaces that escape analysis keeps in the frame:
// their boxed copies live in the frame (vm -allocprof: stack), stay intact
// while deep recursion moves the stack under them, and are fresh copies
// (later changes to the variable do not show through the interface).
type P struct{ X, Y int }

func nonNil(v interface{}) bool { return v != nil }

func deep(n int, v interface{}, w interface{}) int {
	if n == 0 {
		if nonNil(v) && nonNil(w) {
			return 1
		}
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return deep(n-1, v, w) + pad[n%8] - n
}

func main() {
	p := P{3, 4}
	s := "a string"
	count := 0
	for i := 0; i < 100; i++ {
		p.X = i
		var e interface{} = p
		p.X = -1
		if nonNil(e) && nonNil(s) && nonNil(p) {
			count++
		}
	}
	fmt.Println(count, deep(2000, P{1, 2}, s), p)
}
