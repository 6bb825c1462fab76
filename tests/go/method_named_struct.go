// A defined type based on a struct type has the same fields but none of its
// methods; converting between them is allowed and copies.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String2() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Vec Point

func (v Vec) Len2() int { return v.X*v.X + v.Y*v.Y }

type Pair struct{ X, Y int }

func main() {
	p := Point{3, 4}
	v := Vec(p)
	fmt.Println(p.String2(), v.Len2())
	v.X = 0
	fmt.Println(p, v, Point(v).String2())

	pr := Pair(p)
	fmt.Println(pr, Vec(pr).Len2())
	fmt.Printf("%T %T %T\n", p, v, pr)
	fmt.Printf("%+v %#v\n", v, pr)
}
