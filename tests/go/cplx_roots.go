package main

import (
	"fmt"
	"math/cmplx"
)

// Durand-Kerner: all roots of a monic polynomial at once.
func roots(coef []complex128) []complex128 {
	n := len(coef) - 1
	z := make([]complex128, n)
	seed := complex(0.4, 0.9)
	for i := range z {
		z[i] = cmplx.Exp(complex(0, float64(i))) * seed
		seed *= 0.4 + 0.9i
	}
	eval := func(x complex128) complex128 {
		r := 0i
		for _, c := range coef {
			r = r*x + c
		}
		return r
	}
	for iter := 0; iter < 500; iter++ {
		for i := range z {
			den := complex(1, 0)
			for j := range z {
				if i != j {
					den *= z[i] - z[j]
				}
			}
			z[i] -= eval(z[i]) / den
		}
	}
	// sort by real part, then imaginary (insertion sort)
	for i := 1; i < len(z); i++ {
		for j := i; j > 0 && (real(z[j]) < real(z[j-1]) || real(z[j]) == real(z[j-1]) && imag(z[j]) < imag(z[j-1])); j-- {
			z[j], z[j-1] = z[j-1], z[j]
		}
	}
	return z
}

type byAbs []complex64

func main() {
	for _, p := range [][]complex128{
		{1, 0, 1},
		{1, -6, 11, -6},
		{1, 0, 0, 0, -1},
		{1, 2i, -3, 1 - 1i},
	} {
		r := roots(p)
		for i := range r {
			r[i] = complex(float64(float32(real(r[i]))), float64(float32(imag(r[i]))))
		}
		fmt.Printf("%.5f\n", r)
	}
	var cs byAbs = []complex64{3 + 4i, 1, -2i, 0.5 + 0.5i}
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cmplx.Abs(complex128(cs[j])) < cmplx.Abs(complex128(cs[j-1])); j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	fmt.Println(cs)
}
