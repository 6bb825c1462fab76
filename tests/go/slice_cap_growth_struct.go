// append growth for slices of structs of 24 and 12 bytes and of an empty
// struct: the size-class rounding gives capacities that are not powers of
// two.
package main

import "fmt"

type T3 struct {
	A, B, C int
}

type Small struct {
	A int32
	B int32
	C int32
}

func main() {
	var s []T3
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, T3{i, i, i})
		if cap(s) != last {
			fmt.Println("T3 len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	fmt.Println(s[1999])

	var m []Small
	last = -1
	for i := 0; i < 1000; i++ {
		m = append(m, Small{1, 2, 3})
		if cap(m) != last {
			fmt.Println("Small len", len(m), "cap", cap(m))
			last = cap(m)
		}
	}

	var p []struct {
		X int64
		Y bool
	}
	last = -1
	for i := 0; i < 100; i++ {
		p = append(p, struct {
			X int64
			Y bool
		}{int64(i), i%2 == 0})
		if cap(p) != last {
			fmt.Println("XY len", len(p), "cap", cap(p))
			last = cap(p)
		}
	}
}
