// Matrix multiplication with fixed-size arrays: identity, products, powers,
// transposes, and arrays passed by value and by pointer.
package main

import "fmt"

const N = 3

type Mat [N][N]int

func identity() Mat {
	var m Mat
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			s := 0
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func transposeInPlace(m *Mat) {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
}

func pow(m Mat, e int) Mat {
	r := identity()
	for e > 0 {
		if e&1 == 1 {
			r = mul(r, m)
		}
		m = mul(m, m)
		e >>= 1
	}
	return r
}

func show(m Mat) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%5d", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	b := Mat{{9, 8, 7}, {6, 5, 4}, {3, 2, 1}}
	show(mul(a, b))
	fmt.Println(mul(a, identity()) == a, mul(a, b) == mul(b, a))
	t := a
	transposeInPlace(&t)
	fmt.Println(t, a)
	show(pow(Mat{{1, 1, 0}, {1, 0, 0}, {0, 0, 2}}, 10))
	var z Mat
	fmt.Println(mul(a, z) == z)
}
