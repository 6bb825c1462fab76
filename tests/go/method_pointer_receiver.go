// Methods with pointer receivers modify the receiver; a pointer method can
// call value methods and vice versa through the pointer.
package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()        { c.n++ }
func (c *Counter) Add(k int)   { c.n += k }
func (c *Counter) Reset()      { *c = Counter{name: c.name} }
func (c Counter) Value() int   { return c.n }
func (c *Counter) Double() int { c.Add(c.Value()); return c.n }
func (c *Counter) Rename(s string) *Counter {
	c.name = s
	return c
}

func main() {
	c := &Counter{name: "a"}
	c.Inc()
	c.Inc()
	c.Add(5)
	fmt.Println(c.name, c.n, c.Value())
	fmt.Println(c.Double(), c.Double())
	c.Reset()
	fmt.Println(*c)

	c.Rename("b").Add(3)
	fmt.Println(c.name, c.n)

	list := []*Counter{{name: "x"}, {name: "y"}}
	for _, k := range list {
		k.Add(len(k.name) * 10)
	}
	fmt.Println(list[0].n, list[1].n)

	m := map[string]*Counter{"k": {}}
	m["k"].Inc()
	fmt.Println(m["k"].n)
}
