// Methods with value receivers get a copy: changes inside do not reach the
// caller; results can still be built from the receiver.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Scaled(k int) Point {
	p.X *= k
	p.Y *= k
	return p
}
func (p Point) TryMove()   { p.X = 1000 }
func (p Point) Dist2() int { return p.X*p.X + p.Y*p.Y }

func main() {
	a := Point{1, 2}
	b := Point{3, 4}
	fmt.Println(a.Add(b), a.Scaled(3), a)
	a.TryMove()
	fmt.Println(a)
	fmt.Println(b.Dist2(), Point{6, 8}.Dist2())
	fmt.Println(a.Add(b).Scaled(2).Dist2())

	pa := &a
	fmt.Println(pa.Dist2(), pa.Scaled(2))
	pa.TryMove()
	fmt.Println(*pa)

	ps := []Point{{1, 1}, {2, 2}}
	fmt.Println(ps[1].Add(ps[0]))
	m := map[string]Point{"o": {}}
	fmt.Println(m["o"].Add(Point{5, 5})) // value methods work on map elements
}
