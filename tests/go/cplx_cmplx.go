package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	vals := []complex128{0, 1, -1, 1i, -1i, 3 + 4i, -3 - 4i, 1e300 + 1e300i, 1e-300 - 1e-300i,
		complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(nan, 0), complex(0, nan),
		complex(inf, nan), complex(-inf, nan), complex(-inf, inf), 0.5 - 2.5i, -7.25 + 0.001i,
		complex(math.Copysign(0, -1), 0), complex(-2, math.Copysign(0, -1)), 100 + 0.5i, 1e10 - 1e10i, 2.5 + 3.5i}
	for _, v := range vals {
		r, th := cmplx.Polar(v)
		fmt.Println(v, cmplx.Abs(v), cmplx.Phase(v), r, th, cmplx.Conj(v))
		fmt.Println("  sqrt", cmplx.Sqrt(v), "exp", cmplx.Exp(v), "log", cmplx.Log(v), cmplx.Log10(v))
		fmt.Println("  ", cmplx.IsNaN(v), cmplx.IsInf(v), cmplx.Rect(real(v), imag(v)))
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	for i := 0; i < 16; i++ {
		z := cmplx.Rect(1, float64(i)*math.Pi/8)
		fmt.Printf("%.17g %v\n", z, cmplx.Sqrt(z)*cmplx.Sqrt(z) == z)
	}
	x := 0.3 + 0.4i
	for i := 0; i < 30; i++ {
		x = cmplx.Exp(x) * cmplx.Sqrt(x) / (1 + x)
		fmt.Print(x, " ")
	}
	fmt.Println()
	bits := func(c complex128) string {
		return fmt.Sprint(math.Float64bits(real(c)), math.Float64bits(imag(c)))
	}
	for i := 1; i < 50; i++ {
		z := complex(float64(i)*0.37-5, float64(i*i)*0.11-3)
		fmt.Println(bits(cmplx.Sqrt(z)), bits(cmplx.Exp(z)), bits(cmplx.Log(z)), math.Float64bits(cmplx.Abs(z)))
	}
}
