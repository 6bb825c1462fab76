// Func values compare only with nil; zero values, assignment, and
// func-typed results.
package main

import "fmt"

type Handler func(string) string

func pick(upper bool) func(string) string {
	if upper {
		return func(s string) string { return s + "!" }
	}
	return nil
}

func main() {
	var f func()
	fmt.Println(f == nil, nil == f)
	f = func() {}
	fmt.Println(f == nil, f != nil)
	var h Handler
	fmt.Println(h == nil)
	h = Handler(pick(true))
	fmt.Println(h != nil, h("hi"))
	g := pick(false)
	if g == nil {
		fmt.Println("nil func")
	}
	var fs [3]func() int
	n := 0
	for _, x := range fs {
		if x == nil {
			n++
		}
	}
	fmt.Println(n)
	fmt.Printf("%v %T %T\n", g == nil, g, h)
}
