package main

import (
	"fmt"
	"math/cmplx"
)

func escape(c complex128, limit int) int {
	z := 0i
	for i := 0; i < limit; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return limit
}

func escape64(c complex64, limit int) int {
	var z complex64
	for i := 0; i < limit; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return limit
}

func main() {
	const w, h = 60, 24
	chars := " .:-=+*#%@"
	var sb []byte
	total, total64 := 0, 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := complex(-2.2+3.2*float64(x)/w, -1.2+2.4*float64(y)/h)
			n := escape(c, 50)
			total += n
			total64 += escape64(complex64(c), 50)
			sb = append(sb, chars[n*(len(chars)-1)/50])
		}
		sb = append(sb, '\n')
	}
	fmt.Print(string(sb))
	fmt.Println(total, total64)
}
