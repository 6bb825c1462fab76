// A xorshift64* pseudo-random generator: uint64 shifts, xor and a wrapping
// multiply, then reduction into ranges and a small histogram.
package main

import "fmt"

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state >> 12
	state ^= state << 25
	state ^= state >> 27
	return state * 2685821657736338717
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(next())
	}
	var h0, h1, h2, h3 int
	for i := 0; i < 100000; i++ {
		switch next() % 4 {
		case 0:
			h0++
		case 1:
			h1++
		case 2:
			h2++
		case 3:
			h3++
		}
	}
	fmt.Println(h0, h1, h2, h3, h0+h1+h2+h3)
	x := int64(next())
	fmt.Println(x, x>>60, uint8(x), int8(x))
	f := float64(next()>>11) / (1 << 53)
	fmt.Printf("%.6f\n", f)
}
