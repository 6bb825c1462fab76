package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func fft(a []complex128, invert bool) {
	n := len(a)
	for i, j := 1, 0; i < n; i++ {
		bit := n >> 1
		for ; j&bit != 0; bit >>= 1 {
			j ^= bit
		}
		j ^= bit
		if i < j {
			a[i], a[j] = a[j], a[i]
		}
	}
	for length := 2; length <= n; length <<= 1 {
		ang := 2 * math.Pi / float64(length)
		if invert {
			ang = -ang
		}
		wl := cmplx.Rect(1, ang)
		for i := 0; i < n; i += length {
			w := complex(1, 0)
			for j := 0; j < length/2; j++ {
				u, v := a[i+j], a[i+j+length/2]*w
				a[i+j] = u + v
				a[i+j+length/2] = u - v
				w *= wl
			}
		}
	}
	if invert {
		for i := range a {
			a[i] /= complex(float64(n), 0)
		}
	}
}

func multiply(x, y []int) []int {
	n := 1
	for n < len(x)+len(y) {
		n <<= 1
	}
	fa := make([]complex128, n)
	fb := make([]complex128, n)
	for i, v := range x {
		fa[i] = complex(float64(v), 0)
	}
	for i, v := range y {
		fb[i] = complex(float64(v), 0)
	}
	fft(fa, false)
	fft(fb, false)
	for i := range fa {
		fa[i] *= fb[i]
	}
	fft(fa, true)
	res := make([]int, n)
	for i := range fa {
		res[i] = int(math.Round(real(fa[i])))
	}
	return res
}

func main() {
	sig := make([]complex128, 16)
	for i := range sig {
		sig[i] = complex(math.Sin(float64(i)*math.Pi/4)+0.5*math.Cos(float64(i)*math.Pi/2), 0)
	}
	spec := append([]complex128(nil), sig...)
	fft(spec, false)
	for i, v := range spec {
		fmt.Printf("%2d %8.4f %8.4f\n", i, cmplx.Abs(v), v)
	}
	back := append([]complex128(nil), spec...)
	fft(back, true)
	maxerr := 0.0
	for i := range back {
		maxerr = math.Max(maxerr, cmplx.Abs(back[i]-sig[i]))
	}
	fmt.Println(maxerr < 1e-12, spec[1], back[3])
	fmt.Println(multiply([]int{3, 2, 1}, []int{9, 8, 7, 6}))
}
