package main

type Point struct{ X, Y int }

func main() {
	var pts []*Point
	for i := 0; i < 3; i++ {
		pts = append(pts, &Point{i, i})
	}
	var vals []Point
	for i := 0; i < 3; i++ {
		vals = append(vals, Point{i, i})
	}
	println(len(pts), len(vals))
}
