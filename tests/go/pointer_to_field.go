// Pointers to struct fields and to fields of nested structs alias the
// field; they stay valid after the struct variable is copied elsewhere.
package main

import "fmt"

type Inner struct{ V int }

type Outer struct {
	A  int
	B  string
	In Inner
	Ar [3]int
}

func addTo(p *int, n int) { *p += n }

func main() {
	var o Outer
	pa := &o.A
	pb := &o.B
	pv := &o.In.V
	pe := &o.Ar[1]
	*pa = 1
	*pb = "bee"
	*pv = 2
	*pe = 3
	fmt.Println(o)

	addTo(&o.A, 10)
	addTo(&o.In.V, 20)
	fmt.Println(o.A, o.In.V)

	c := o // a copy: the pointers still point into o
	*pa = -1
	fmt.Println(o.A, c.A)

	po := &o
	pin := &po.In
	pin.V = 77
	fmt.Println(o.In)

	ptrs := []*int{&o.A, &o.In.V, &o.Ar[0], &o.Ar[2]}
	for i, p := range ptrs {
		*p = i * 100
	}
	fmt.Println(o)
}
