// Method expressions: T.M, (*T).M for pointer and value methods, passed
// and stored as ordinary func values.
package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Add(q Pt) Pt  { return Pt{p.X + q.X, p.Y + q.Y} }
func (p *Pt) Scale(k int) { p.X *= k; p.Y *= k }
func (p Pt) Str() string  { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func apply(f func(Pt, Pt) Pt, a, b Pt) Pt { return f(a, b) }

func main() {
	add := Pt.Add
	fmt.Println(add(Pt{1, 2}, Pt{3, 4}))
	fmt.Println(apply(Pt.Add, Pt{1, 1}, Pt{2, 2}))
	scale := (*Pt).Scale
	p := Pt{2, 3}
	scale(&p, 10)
	fmt.Println(p)
	str := (*Pt).Str
	fmt.Println(str(&p), Pt.Str(p))
	fmt.Println(Pt.Add(p, p).Str())
	fmt.Printf("%T | %T\n", add, str)
	ms := map[string]func(Pt) string{"s": Pt.Str}
	fmt.Println(ms["s"](Pt{9, 9}))
}
