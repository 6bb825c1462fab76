package main

import "fmt"

type Point struct {
	Name string
	Z    complex128
	W    complex64
	K    int16
}

type Grid [3]complex64

func (g Grid) Sum() complex64 {
	var s complex64
	for _, v := range g {
		s += v
	}
	return s
}

func (p *Point) Scale(f complex128) { p.Z *= f; p.W *= complex64(f) }

func main() {
	p := Point{"p", 1 + 1i, 2 - 2i, 7}
	q := p
	q.Z = 5
	fmt.Println(p, q, p == q, p != q)
	p.Scale(2i)
	fmt.Printf("%+v\n", p)
	pp := &p
	pp.W += 1
	fmt.Println(pp.W, (*pp).Z)
	g := Grid{1, 1i, -1}
	fmt.Println(g.Sum(), g, g == Grid{1, 1i, -1})
	s := []complex128{}
	for i := 0; i < 20; i++ {
		s = append(s, complex(float64(i), float64(-i)))
	}
	fmt.Println(len(s), cap(s), s[3], s[19])
	t := make([]complex64, 5, 10)
	copy(t, []complex64{1, 2, 3i})
	t[4] = t[2] * t[2]
	fmt.Println(t, t[1:3])
	arr := [4]complex128{}
	for i := range arr {
		arr[i] = complex(float64(i), 1) * arr[(i+3)%4]
		arr[i] += 1
	}
	fmt.Println(arr)
	ptr := new(complex64)
	*ptr = 3 + 4i
	*ptr *= *ptr
	fmt.Println(*ptr)
	ps := []Point{{Z: 1i}, {W: 2i}}
	ps[1].Z = ps[0].Z * 2
	fmt.Println(ps)
	var nested [2][2]complex128
	nested[1][0] = 9i
	i := 1
	nested[i][i] = nested[i][0] + 1
	fmt.Println(nested)
	ch := make(chan complex64, 3)
	ch <- 1i
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
