package main

import "fmt"

// Initialization follows references through function bodies and methods.
var (
	a = c + b  // depends on c and b
	b = f()    // f refers to d
	c = f()
	d = 3
	e = T{}.get() // the method refers to g
	g = 40
	h = func() int { return i * 2 }() // the literal refers to i
	i = 21
)

type T struct{}

func (T) get() int { return g + 2 }

func f() int {
	d++
	return d
}

func main() {
	fmt.Println(a, b, c, d, e, g, h, i)
}
