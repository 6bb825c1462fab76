// & and *: reading and writing through pointers, pointers as parameters,
// pointers to locals that outlive the call.
package main

import "fmt"

func inc(p *int) {
	*p++
}

func set(p *string, v string) {
	*p = v
}

func counter() *int {
	n := 0
	return &n
}

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p)
	inc(&x)
	inc(p)
	fmt.Println(x)

	s := "a"
	set(&s, "b")
	fmt.Println(s)

	c1, c2 := counter(), counter()
	*c1 += 10
	*c2 += 20
	inc(c1)
	fmt.Println(*c1, *c2, c1 != c2)

	f := 1.5
	pf := &f
	*pf *= 4
	fmt.Println(f)

	b := false
	pb := &b
	*pb = !*pb
	fmt.Println(b)

	// Pointer arithmetic on the pointee through expressions.
	y := 7
	q := &y
	z := *q**q + *q
	fmt.Println(z)

	var np *int
	fmt.Println(np == nil, p != nil)
	np = p
	fmt.Println(*np, np == p)
}
