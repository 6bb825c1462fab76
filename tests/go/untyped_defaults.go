// Untyped constants take a default type when a variable is declared
// without one (int, float64, int32 for runes, string, bool), and adapt to
// the other operand's type in mixed expressions.
package main

import "fmt"

func main() {
	i := 10
	f := 10.0
	r := 'x'
	s := "s"
	b := 1 < 2
	e := 1e3
	fmt.Printf("%T %T %T %T %T %T\n", i, f, r, s, b, e)

	var small int8 = 5
	var f32 float32 = 1
	x := small * 20
	y := f32 / 3
	z := 7 / 2
	w := 7 / 2.0
	v := 'a' + 1
	fmt.Printf("%T=%v %T=%v %T=%v %T=%v %T=%v\n", x, x, y, y, z, z, w, w, v, v)

	const big = 1 << 40
	fmt.Printf("%T %v\n", big, big)
	h := big >> 38
	fmt.Printf("%T %v\n", h, h)
	const half = 0.5
	n := 3 * half * 2
	fmt.Printf("%T %v\n", n, n)
	var idx uint8 = 3
	fmt.Println("abcdef"[idx], 1<<idx, 1.0*5)
	k := 1 << idx
	fmt.Printf("%T %v\n", k, k)
}
