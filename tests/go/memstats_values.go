// The variant the heapstats seed suggests: []Point values instead of
// []*Point. The points live inside the slice's one backing array, so the loop
// makes (almost) no heap objects. Only stable facts are printed.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

func makePoint(x, y int) Point { return Point{x, y} }

func readMallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	before := readMallocs()

	pts := make([]Point, 0, 1000)
	for i := 0; i < 1000; i++ {
		pts = append(pts, makePoint(i, i))
	}

	after := readMallocs()
	fmt.Println("fewer than 10 heap objects:", after-before < 10)
	fmt.Println("kept alive:", len(pts))
	sum := 0
	for _, p := range pts {
		sum += p.X + p.Y
	}
	fmt.Println("sum:", sum)
}
