// Pointer methods on package variables and their elements (auto & makes
// them live in cells), method values of them, and closures over receivers.
package main

import "fmt"

type C struct{ n int }

func (c *C) Inc() int { c.n++; return c.n }
func (c C) Get() int  { return c.n }

var g C
var garr [2]C

type R struct{ v int }

func (r R) Closure() func() int {
	return func() int { r.v++; return r.v }
}

func (r *R) PClosure() func() int {
	return func() int { r.v += 10; return r.v }
}

func main() {
	g.Inc()
	g.Inc()
	garr[1].Inc()
	inc := g.Inc
	inc()
	fmt.Println(g.Get(), garr[1].Get(), g.n)
	r := R{1}
	f := r.Closure()
	f()
	fmt.Println(f(), r.v)
	p := r.PClosure()
	p()
	fmt.Println(p(), r.v)
	get := garr[1].Get
	garr[1].n = 50
	fmt.Println(get(), garr[1].Get())
}
