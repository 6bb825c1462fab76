// Full slice expressions s[lo:hi:max] cap the result, so a later append must
// copy instead of overwriting the original's elements.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	a := s[1:3:4]
	fmt.Println(a, len(a), cap(a))
	b := s[:2:2]
	fmt.Println(b, len(b), cap(b))
	c := s[2:2:2]
	fmt.Println(c, len(c), cap(c))

	// Within cap: writes through to s.
	a = append(a, 30)
	fmt.Println(s, a)
	// Beyond cap: a new array, s untouched.
	a = append(a, 40)
	a[0] = -1
	fmt.Println(s, a)

	b = append(b, 99)
	fmt.Println(s, b)

	arr := [6]int{1, 2, 3, 4, 5, 6}
	x := arr[2:4:5]
	fmt.Println(x, len(x), cap(x))
	x = x[:cap(x)]
	fmt.Println(x)

	lo, hi, max := 1, 2, 3
	y := s[lo:hi:max]
	fmt.Println(y, len(y), cap(y))
	z := s[:0:0]
	fmt.Println(z, len(z), cap(z), z == nil)
}
