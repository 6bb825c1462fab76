package main

import "fmt"

const (
	A = 1 + 2i
	B = 3i
	C = A * B
	D = A / B
	E = (1 + 2i) / (3 - 4i)
	F = real(A) + imag(B)
	G = complex(1.5, 2)
	H = -A
	I = A == 1+2i
	J = 1e300i * 1e300i
	K = 1 / 3i
)

const typed complex64 = 2.5 - 0.5i

func main() {
	fmt.Println(A, B, C, D, E, F, G, H, I)
	fmt.Println(real(J) == -1e600/1e300/1e300, K)
	fmt.Printf("%T %T %T %T\n", A, F, G, typed)
	var x complex64 = E
	var y complex128 = E
	fmt.Println(x, y, typed)
	var f float64 = real(E)
	var g float32 = imag(E)
	fmt.Println(f, g)
	const r = real(3 + 0i)
	var arr [int(r)]int
	fmt.Println(len(arr), r)
	println(A, D)
	var z complex128 = 5
	var w complex64 = 1e10
	fmt.Println(z, w, 0i, -0i)
	h := 2 * A
	fmt.Printf("%v %T\n", h, h)
	fmt.Println(imag(2i*2i), real(1i*1i))
}
