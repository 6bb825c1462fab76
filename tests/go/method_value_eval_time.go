// A method value binds its receiver when it is evaluated: a value receiver
// is copied then, a pointer receiver keeps pointing at the variable.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int  { return c.n }
func (c *Counter) Inc()     { c.n++ }
func (c *Counter) Ptr() int { return c.n }

func main() {
	c := Counter{1}
	get := c.Get // copies c now
	ptr := c.Ptr // &c
	inc := c.Inc
	inc()
	inc()
	fmt.Println(get(), ptr(), c.n)
	c = Counter{100}
	fmt.Println(get(), ptr())

	p := &Counter{7}
	g2 := p.Get // copies *p now
	p.n = 8
	fmt.Println(g2(), p.Get())

	fs := []func() int{c.Get, p.Get, c.Ptr}
	c.n, p.n = 0, 0
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
