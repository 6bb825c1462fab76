package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const big = 1 << 62
const f = 1.5e3
const s = "str" + `raw`

type Weekday int

func main() {
	var x int8 = 127
	x++
	fmt.Printf("%d %v %s %q %x %08.3f\n", x, A+B+C+E, s, s, big, f)
}
