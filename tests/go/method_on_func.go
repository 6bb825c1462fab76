// Methods on a named function type: the function value is the receiver, as
// in an adapter that lets plain functions satisfy a method-based API.
package main

import "fmt"

type Handler func(string) string

func (h Handler) Serve(req string) string { return "[" + h(req) + "]" }

func (h Handler) Then(next Handler) Handler {
	return func(s string) string { return next(h(s)) }
}

type Pipeline []Handler

func (p Pipeline) Run(s string) string {
	for _, h := range p {
		s = h(s)
	}
	return s
}

func main() {
	upper := Handler(func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	})
	excl := Handler(func(s string) string { return s + "!" })
	fmt.Println(upper.Serve("hi"), excl.Serve("hi"))
	fmt.Println(upper.Then(excl).Serve("go"))
	fmt.Println(Pipeline{excl, upper, excl}.Run("vm"))
	fmt.Println(Pipeline{}.Run("same"))

	serve := upper.Serve
	fmt.Println(serve("bound"))
	fmt.Println(Handler.Serve(excl, "expr"))
}
