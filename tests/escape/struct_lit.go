package main

type Point struct{ X, Y int }

func newPoint(x, y int) *Point { return &Point{x, y} }

func sum() int {
	p := &Point{1, 2}
	return p.X + p.Y
}

func value() Point {
	p := Point{3, 4}
	return p
}

func main() {
	println(newPoint(1, 2).X, sum(), value().Y)
}
