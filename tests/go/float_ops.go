// Floating point: IEEE arithmetic in float64 and float32, NaN comparisons,
// infinities, signed zero, and float32 rounding at every operation.
package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	fmt.Println(nan, inf, ninf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	fmt.Println(inf > 1e308, ninf < -1e308, inf == inf, inf-inf, inf*0, inf+inf)
	x := nan
	fmt.Println(x == x, x != x)

	negz := -zero
	fmt.Println(negz, negz == zero, 1/negz, 1/zero)
	fmt.Printf("%v %.1f %g %e\n", negz, negz, negz, negz)

	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, 0.1+0.2 == 0.3)
	var a32, b32 float32 = 0.1, 0.2
	fmt.Println(a32+b32, a32+b32 == 0.3, a32*3)
	var third float32 = 1.0 / 3
	fmt.Println(third, third*3, float64(third))
	var big32 float32 = 16777216
	fmt.Println(big32+1, big32+2, big32*big32*big32*big32*big32*big32*big32*big32)
	var tiny32 float32 = 1e-38
	fmt.Println(tiny32/1e6, tiny32/1e8)

	big := 1e308
	fmt.Println(big*10 > big, -big*10)
	fmt.Println(5e-324/2, 5e-324, 2.5e-324*1)
	m := 1.7976931348623157e308
	fmt.Println(m, m*2, -m*2)

	c := 10.0
	c /= 4
	c *= 3
	c -= 0.5
	c += 0.25
	fmt.Println(c)
	c++
	fmt.Println(c)
	c--
	c--
	fmt.Println(c)
	fmt.Println(-c, +c, c > 5, c < 5.75, c <= 5.75)

	// Accumulated error differs between float32 and float64.
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64)
}
