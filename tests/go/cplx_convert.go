package main

import (
	"fmt"
	"math"
)

type C64 complex64
type C128 complex128

func main() {
	x := 1.0000000001 + 1e-50i
	y := complex64(x)
	z := complex128(y)
	fmt.Println(x, y, z, x == z)
	big := complex(1e300, -1e300)
	fmt.Println(complex64(big), complex128(complex64(big)))
	tiny := complex(1e-310, 5e-324)
	fmt.Println(complex64(tiny), tiny)
	var c C64 = 3 + 4i
	var d C128 = C128(c) * 2
	fmt.Printf("%v %T %v %T\n", c, c, d, d)
	e := complex128(d) + 1
	fmt.Println(e, C64(e), complex64(C64(e)))
	f := float32(math.Pi)
	g := complex(f, -f)
	fmt.Printf("%T %v %v\n", g, g, real(g) == f)
	h := complex(math.Pi, math.E)
	fmt.Println(float32(real(h)), float32(imag(h)), complex64(h))
	var i64 int64 = 1 << 53
	k := complex(float64(i64+1), float64(-i64))
	fmt.Println(k)
	var u8 uint8 = 200
	fmt.Println(complex(float32(u8), 0))
	fmt.Println(int(real(h)), uint16(imag(h)*1000))
	arr := []complex64{1, 2, 3}
	var sum complex128
	for _, v := range arr {
		sum += complex128(v)
	}
	fmt.Println(sum)
}
