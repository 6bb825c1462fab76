// Zero values of arrays of every kind of element, and partial literals.
package main

import "fmt"

type S struct {
	A int
	B string
	C []int
}

func main() {
	var a [3]int
	var b [2]string
	var c [2]bool
	var d [2]float64
	var e [2][]int
	var f [2]map[string]int
	var g [2]*int
	var h [2]S
	var i [2]byte
	var j [2]rune
	fmt.Println(a, b, c, d)
	fmt.Println(e, f, g)
	fmt.Println(h, i, j)
	fmt.Printf("%q\n", b)
	fmt.Println(e[0] == nil, f[1] == nil, g[0] == nil, h[1].C == nil)
	fmt.Println(len(f[0]), len(e[1]))

	partial := [5]int{1, 2}
	fmt.Println(partial)
}
