// nil slices versus empty slices: comparison with nil, len and cap, append,
// range, slicing, and how fmt shows each.
package main

import "fmt"

func count(s []int) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func makeNil() []string { return nil }

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d\n", a, b, a)
	fmt.Printf("%#v %#v\n", a, b)
	fmt.Println(count(a), count(b))

	a = append(a, 1)
	fmt.Println(a, a == nil)

	d := b[:0]
	fmt.Println(d == nil)

	s := makeNil()
	fmt.Println(s == nil, len(s))
	fmt.Printf("%q %#v\n", s, s)

	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	fmt.Println(bs == nil, []byte("") == nil)

	var m [][]int
	fmt.Println(m == nil, len(m))
	m = append(m, nil)
	fmt.Println(m == nil, len(m), m[0] == nil, m)

	// Reassigning nil.
	b = nil
	fmt.Println(b == nil, len(b))
}
