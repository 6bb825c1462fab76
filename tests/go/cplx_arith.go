package main

import "fmt"

func main() {
	a := complex(1.5, -2.25)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(-a, +a, a == b, a != b, a == a)
	var c complex64 = 1.1 + 2.2i
	var d complex64 = 0.3 - 0.7i
	fmt.Println(c+d, c-d, c*d, c/d)
	c += d
	c *= d
	c -= 1i
	c /= 2
	fmt.Println(c, real(c), imag(c))
	x := 1 + 1i
	for i := 0; i < 10; i++ {
		x = x*x - (0.5 + 0.25i)
	}
	fmt.Println(x)
	println(a, b, c)
	y := a
	y *= y
	y -= y / 3
	fmt.Printf("%v %.3f\n", y, y)
	z := complex64(a)
	fmt.Println(z, complex128(z) == a, complex128(z))
	var f32 float32 = 0.1
	fmt.Println(complex(f32, f32*3), real(complex(f32, 0)) == f32)
	if a != b && !(a == b) {
		fmt.Println("ne")
	}
	for w := 0i; real(w) < 3; w += 1 + 1i {
		fmt.Print(w, " ")
	}
	fmt.Println()
}
