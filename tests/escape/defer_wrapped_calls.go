// go and defer statements: gc evaluates the callee (unless a declared
// function), the receiver and the arguments into temporaries its wrapper
// keeps, and calls the callee with them when the call runs.
package main

type S struct{ f func(*int) }

type I interface{ M(*int) }
type T struct{}

func (T) M(p *int) {}

func main() {
	x, y, z, w, v := 0, 1, 2, 3, 4
	fv := func(p *int) { println(*p) }
	defer fv(&x)
	s := S{f: func(p *int) {}}
	defer s.f(&y)
	for i := 0; i < 2; i++ {
		defer func(p *int) { println(*p) }(&z)
	}
	var it I = T{}
	defer it.M(&w)
	go func(p *int) { println(*p) }(&v)
	a := 5
	go fv(&a)
}
