package main

import (
"fmt"
"runtime"
)

type Point struct{ X, Y int }

// newPoint returns a pointer, so the Point escapes to the heap.
func newPoint(x, y int) *Point { return &Point{x, y} }

func readMallocs() uint64 {
var m runtime.MemStats
runtime.ReadMemStats(&m)
return m.Mallocs // cumulative count of heap objects allocated
}

func main() {
before := readMallocs()

pts := make([]*Point, 0, 1000)
for i := 0; i < 1000; i++ {
	pts = append(pts, newPoint(i, i)) // 1000 heap allocations
}

after := readMallocs()
fmt.Printf("heap objects allocated by the loop: ~%d\n", after-before)
fmt.Println("kept alive:", len(pts))
}
