package main

type Shape interface{ Area() int }

type Sq struct{ s int }
type Big struct{ a, b, c int }

func (q Sq) Area() int    { return q.s * q.s }
func (b *Big) Area() int  { return b.a * b.b * b.c }

type Named interface{ Name() string }
type Person struct{ first, last string }

func (p Person) Name() string { return p.first + " " + p.last }

func area(s Shape) int { return s.Area() }

func keep(s Shape) Shape { return s }

var global Shape

func main() {
	q := Sq{3}
	println(area(q))
	b := &Big{1, 2, 3}
	println(area(b))
	b2 := Big{4, 5, 6}
	var s Shape = &b2
	println(s.Area())
	global = q
	k := keep(Sq{5})
	println(k.Area())
	p := Person{"a", "b"}
	var n Named = p
	println(n.Name())
	var e interface{} = p
	if pp, ok := e.(Person); ok {
		println(pp.first)
	}
	switch v := e.(type) {
	case Named:
		println(v.Name())
	}
}
