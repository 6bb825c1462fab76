// Named array, slice, map and pointer types: literals of the named type,
// indexing, len, conversion to and from the underlying type, and %T.
package main

import "fmt"

type Vec3 [3]float64
type Names []string
type Index map[string]int
type Matrix [2][2]int

func (v Vec3) Dot(w Vec3) float64 {
	return v[0]*w[0] + v[1]*w[1] + v[2]*w[2]
}

func (v *Vec3) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func (m Matrix) Mul(n Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return r
}

func main() {
	v := Vec3{1, 2, 3}
	w := Vec3{4, 5, 6}
	fmt.Println(v.Dot(w), len(v))
	v.Scale(2)
	fmt.Println(v, v == Vec3{2, 4, 6})

	n := Names{"b", "a"}
	n = append(n, "c")
	fmt.Println(n, len(n), n[2])
	raw := []string(n)
	raw[0] = "B"
	fmt.Println(n[0])

	idx := Index{"x": 1}
	idx["y"] = 2
	fmt.Println(idx, len(idx))

	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])

	fmt.Printf("%T %T %T %T\n", v, n, idx, r)
	fmt.Printf("%v %+v %#v\n", v, n, idx)
}
