package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type C struct{ n int }

func (c *C) Inc()     { c.n++ }
func (c *C) Get() int { return c.n }

type Big struct {
	a, b, c int
	name    string
}

func (b *Big) Inc()     { b.a++; b.b += 2; b.c += 3 }
func (b *Big) Get() int { return b.a + b.b + b.c }

func bump(c Counter, k int) {
	for i := 0; i < k; i++ {
		c.Inc()
	}
}

func main() {
	c := &C{}
	var x Counter = c
	bump(x, 5)
	fmt.Println(x.Get(), c.n)
	b := &Big{name: "big"}
	bump(b, 3)
	fmt.Println(b.Get(), b.a, b.b, b.c)
	cs := []Counter{&C{10}, &Big{1, 1, 1, "x"}, c}
	for _, k := range cs {
		k.Inc()
		fmt.Println(k.Get())
	}
}
