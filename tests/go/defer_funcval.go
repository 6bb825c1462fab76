package main

import "fmt"

func maker(name string) func() {
	fmt.Println("make", name)
	return func() { fmt.Println("run", name) }
}

func add(a, b int) { fmt.Println("add", a+b) }

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n; fmt.Println("acc", a.total) }

func main() {
	f := add
	defer f(1, 2)
	defer maker("outer")()
	g := func(s string) { fmt.Println("g", s) }
	defer g("literal in variable")
	acc := &Acc{}
	h := acc.Add
	defer h(5)
	defer acc.Add(1)
	fs := []func(){maker("a"), maker("b")}
	for _, fn := range fs {
		defer fn()
	}
	fmt.Println("body")
}
