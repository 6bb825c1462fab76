// A mix: shadowed captures, captures in if/switch initialisers, nested
// closures over by-value captures, big receivers, promoted pointer
// methods on slice elements, closures in init, and gc's order for
// dereferenced call results (*c(), *c()).
package main

import "fmt"

type Big struct {
	a [20]int
	s string
}

func (b Big) First() int { return b.a[0] }
func (b *Big) Set(v int) { b.a[0] = v }

type Inner struct{ n int }

func (i *Inner) Bump() { i.n++ }

type Outer struct {
	Inner
	tag string
}

type small struct {
	name string
	v    int
}

func mk(p int) func() *int {
	q := &p
	return func() *int { *q++; return &p }
}

func init() {
	f := func() int { return 7 }
	fmt.Println("init", f())
}

func main() {
	x := 1
	{
		x := 2
		f := func() int { return x * 10 }
		fmt.Println(f())
	}
	g := func() int { return x }
	fmt.Println(g())

	outerOnly := 5
	h := func() func() int {
		return func() int { return outerOnly + 1 }
	}
	fmt.Println(h()())

	if y := 3; y > 2 {
		k := func() int { y++; return y }
		k()
		fmt.Println(y, k())
	}

	b := Big{s: "big"}
	b.a[0] = 4
	first := b.First
	b.Set(9)
	fmt.Println(first(), b.First(), b.s)

	os := []Outer{{tag: "a"}, {tag: "b"}}
	os[1].Bump()
	os[1].Bump()
	bump := os[0].Bump
	bump()
	fmt.Println(os[0].n, os[1].n)

	sm := small{"s", 1}
	show := func() string { return fmt.Sprint(sm.name, sm.v) }
	mid := func() func() string { return func() string { return show() + "!" + sm.name } }
	fmt.Println(mid()())

	sum := func(xs ...int) int {
		t := 0
		for _, v := range xs {
			t += v
		}
		return t
	}
	nums := []int{1, 2, 3}
	fmt.Println(sum(nums...), sum(), sum(4, 5))

	c := mk(10)
	fmt.Println(*c(), *c())

	var fns []func() int
	for i := range [3]int{} {
		if i == 2 {
			break
		}
		fns = append(fns, func() int { return i })
	}
	fmt.Println(len(fns), fns[0](), fns[1]())
	switch z := 4; {
	case z > 3:
		fmt.Println(func() int { return z * z }())
	}
}
