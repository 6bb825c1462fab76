// Method expressions: gc calls the method itself with its receiver's tag
// applied to the first argument as given, so (*P).Get(&q) leaks &q where
// Get's receiver leaks, and (*V).M(&v) of a receiver without pointers
// (no tag) leaks &v to the heap.
package main

type T []int

func (t T) Len() int { return len(t) }

type P struct{ x *int }

func (p P) Get() *int { return p.x }

var sink *int

func main() {
	t := T{0, 1}
	println((*T).Len(&t))
	a := 1
	p := P{&a}
	println((*P).Get(&p) != nil)
	b := 2
	q := P{&b}
	sink = (*P).Get(&q)
	f := (*P).Get
	c := 3
	r := P{&c}
	println(f(&r) != nil)
}

type V struct{ X, Y int }

func (v V) Sum() int { return v.X + v.Y }

func init() {
	v := V{1, 2}
	psum := (*V).Sum
	println(psum(&v))
}
