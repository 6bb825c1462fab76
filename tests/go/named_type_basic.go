// Named types of basic types: arithmetic stays in the named type, constants
// convert implicitly, explicit conversion is needed between named types, and
// fmt shows the underlying value with %v and the name with %T.
package main

import "fmt"

type Meters int
type Feet int
type Label string
type Ratio float64
type Mask uint8

func main() {
	var m Meters = 5
	m += 10
	m *= 2
	fmt.Println(m, m/4, m%7)

	f := Feet(m) * 3
	fmt.Println(f)
	fmt.Println(int(m)+int(f), Meters(f/3) == m)

	var l Label = "tag"
	l += "-1"
	fmt.Println(l, len(l), l[0], l < "zzz")

	r := Ratio(1) / 3
	fmt.Printf("%.4f %v\n", r, r*3)

	var mk Mask = 0xF0
	mk |= 0x0F
	mk <<= 1
	fmt.Println(mk, ^Mask(0))

	fmt.Printf("%T %T %T %T %T\n", m, f, l, r, mk)
	fmt.Printf("%v %d %s %q %x\n", m, f, l, l, mk)

	type Local int
	var x Local = 3
	fmt.Printf("%T %v\n", x, x)

	ms := []Meters{1, 2, 3}
	total := Meters(0)
	for _, v := range ms {
		total += v
	}
	fmt.Println(total, ms)
	fmt.Printf("%T\n", ms)
}
