// Two-index slicing of slices and arrays: omitted bounds, resulting len and
// cap, and shared backing storage.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := s[2:5]
	fmt.Println(a, len(a), cap(a))
	b := s[:3]
	fmt.Println(b, len(b), cap(b))
	c := s[5:]
	fmt.Println(c, len(c), cap(c))
	d := s[:]
	fmt.Println(d, len(d), cap(d))
	e := s[8:]
	fmt.Println(e, len(e), cap(e), e == nil)
	f := s[3:3]
	fmt.Println(f, len(f), cap(f))

	a[0] = 20
	fmt.Println(s)

	// Reslicing a slice up to its capacity.
	g := s[1:2]
	fmt.Println(g, len(g), cap(g))
	g = g[:cap(g)]
	fmt.Println(g)
	g = g[2:4]
	fmt.Println(g, len(g), cap(g))

	// Variables as bounds.
	lo, hi := 1, 4
	fmt.Println(s[lo:hi], s[lo:], s[:hi])

	arr := [5]string{"a", "b", "c", "d", "e"}
	as := arr[1:3]
	fmt.Println(as, len(as), cap(as))
	as[0] = "B"
	fmt.Println(arr)

	// Slicing a nil slice with zero bounds gives nil.
	var nilS []int
	ns := nilS[:0]
	fmt.Println(ns == nil, len(nilS[0:]), ns)
}
