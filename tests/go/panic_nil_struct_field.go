// Reading the second field of a struct through a nil pointer. Go records
// addr=0x0 here: getY is inlined and the explicit nil check faults before the
// load at offset 8 (a non-inlined getter would report addr=0x8).
package main

import "fmt"

type Point struct {
	X, Y int
}

func getY(p *Point) int { return p.Y }

func main() {
	fmt.Println(getY(&Point{1, 2}))
	var p *Point
	fmt.Println(getY(p))
}
