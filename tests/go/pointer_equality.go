// Pointer comparison: same variable, different variables, nil, fields of one
// struct, elements of shared arrays.
package main

import "fmt"

type T struct{ A, B int }

func id(p *int) *int { return p }

func main() {
	a, b := 1, 1
	pa1, pa2, pb := &a, &a, &b
	fmt.Println(pa1 == pa2, pa1 == pb, *pa1 == *pb)
	fmt.Println(id(pa1) == pa2)

	var n1, n2 *int
	fmt.Println(n1 == n2, n1 == nil, pa1 == nil)

	t := T{}
	fmt.Println(&t.A == &t.A, &t.A == &t.B)

	pt := &t
	fmt.Println(&pt.A == &t.A, pt == &t)

	arr := [3]int{}
	s := arr[:]
	fmt.Println(&arr[0] == &s[0], &arr[0] == &s[1])

	c := make([]int, 1)
	d := append([]int(nil), c...)
	fmt.Println(&c[0] == &d[0])

	pp1, pp2 := &pa1, &pa2
	fmt.Println(pp1 == pp2, *pp1 == *pp2)

	ps := []*int{pa1, pb, nil}
	count := 0
	for _, p := range ps {
		if p == pa1 {
			count++
		}
	}
	fmt.Println(count)
}
