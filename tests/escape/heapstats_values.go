package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

func readMallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	before := readMallocs()
	pts := make([]Point, 0, 1000)
	for i := 0; i < 1000; i++ {
		pts = append(pts, Point{i, i})
	}
	after := readMallocs()
	fmt.Printf("heap objects allocated by the loop: ~%d\n", after-before)
	fmt.Println("kept alive:", len(pts))
}
