// make with a length, and with a length and a capacity; elements are zeroed
// and the capacity beyond len is reachable by reslicing.
package main

import "fmt"

func main() {
	a := make([]int, 3)
	fmt.Println(a, len(a), cap(a), a == nil)

	b := make([]int, 2, 10)
	fmt.Println(b, len(b), cap(b))
	b = b[:cap(b)]
	fmt.Println(b, len(b))

	c := make([]string, 0)
	fmt.Println(c, len(c), cap(c), c == nil)

	n := 4
	d := make([]float64, n, n*2)
	fmt.Println(d, len(d), cap(d))

	e := make([][]int, 2)
	fmt.Println(e, e[0] == nil)
	for i := range e {
		e[i] = make([]int, i+1)
	}
	fmt.Println(e)

	f := make([]bool, 3, 3)
	f[1] = true
	fmt.Println(f)

	type T struct {
		A int
		B string
	}
	g := make([]T, 2)
	g[1].B = "x"
	fmt.Printf("%+v\n", g)

	var sz uint8 = 5
	h := make([]byte, sz)
	fmt.Println(h, len(h))

	z := make([]int, 0, 0)
	fmt.Println(len(z), cap(z), z == nil)
}
