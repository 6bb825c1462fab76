// Pointers to arrays: indexing, len, range and slicing go through the
// pointer; arr[:] makes a slice sharing the array.
package main

import "fmt"

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func main() {
	var a [4]int
	fill(&a, 10)
	fmt.Println(a)

	p := &a
	p[0] = 1
	(*p)[1] = 2
	fmt.Println(a, len(p), p[3])

	s := a[:]
	s[2] = 3
	fmt.Println(a, len(s), cap(s))

	t := p[1:3]
	t[0] = 20
	fmt.Println(a, t, len(t), cap(t))

	q := &a
	fmt.Println(p == q, *p == *q)

	b := *p
	b[0] = 100
	fmt.Println(a[0], b[0])

	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println("sum", sum)
}
