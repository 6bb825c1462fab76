// Struct literals: positional, keyed in any order, partial (the rest zero),
// nested with the inner type spelled out, and &T{} literals.
package main

import "fmt"

type Inner struct {
	A, B int
}

type Outer struct {
	Name  string
	In    Inner
	List  []Inner
	Ptr   *Inner
	Flags [3]bool
}

func main() {
	a := Inner{1, 2}
	b := Inner{B: 5}
	c := Inner{B: 6, A: 7}
	d := Inner{}
	fmt.Println(a, b, c, d)

	o := Outer{
		Name:  "o",
		In:    Inner{3, 4},
		List:  []Inner{{1, 1}, {B: 2}},
		Flags: [3]bool{2: true},
	}
	fmt.Println(o.Name, o.In, o.List, o.Ptr == nil, o.Flags)

	p := &Inner{8, 9}
	fmt.Println(p.A, p.B, *p)
	q := &Outer{Name: "q", Ptr: &Inner{A: 1}}
	fmt.Println(q.Name, q.Ptr.A, q.Ptr.B)

	// Field values are arbitrary expressions evaluated left to right.
	n := 0
	next := func() int { n++; return n }
	e := Inner{B: next(), A: next()}
	fmt.Println(e)

	arr := [2]Inner{{1, 2}, {A: 3}}
	m := map[string]Inner{"k": {5, 6}}
	fmt.Println(arr, m)
}
