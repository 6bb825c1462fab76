// Devirtualized calls of promoted methods: gc calls the concrete type's
// wrapper, which selects the embedded receiver (one dereference per
// embedded pointer); a method promoted from an embedded interface is only
// partially devirtualized, its receiver's contents leak.
package main

type I interface{ M(*int) }

type U struct{ n int }

func (u U) M(p *int) { println(u.n) }

type V struct{ q *int }

func (v *V) M(p *int) { v.q = p }

type T1 struct{ U }
type T2 struct{ *V }
type T3 struct{ I }

func main() {
	a, b, c := 1, 2, 3
	var i I = T1{}
	i.M(&a)
	var j I = T2{&V{}}
	j.M(&b)
	var k I = T3{U{}}
	k.M(&c)
}
