package main

import (
	"fmt"
	"sync"
)

var G complex128 = 2 + 3i
var G64 complex64
var table = [3]complex128{1, 1i, -1}

type Poly []complex128

func (p Poly) Eval(x complex128) (r complex128) {
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return
}

func swap(a, b complex64) (complex64, complex64) { return b, a }

func sum(xs ...complex128) complex128 {
	var s complex128
	for _, x := range xs {
		s += x
	}
	return s
}

func newton(p, dp Poly, x complex128) complex128 {
	for i := 0; i < 50; i++ {
		x -= p.Eval(x) / dp.Eval(x)
	}
	return x
}

func main() {
	fmt.Println(G, G64, table)
	G *= G
	G64 = complex64(G)
	G64--
	G++
	fmt.Println(G, G64)
	a, b := swap(1, 2i)
	fmt.Println(a, b)
	fmt.Println(sum(), sum(1, 2, 3i), sum(table[:]...))
	acc := 0i
	add := func(d complex128) { acc += d }
	for i := 0; i < 5; i++ {
		add(complex(float64(i), 1))
	}
	fmt.Println(acc)
	p := Poly{1, 0, 1} // x^2 + 1
	dp := Poly{0, 2}
	fmt.Printf("%.6f %.6f\n", newton(p, dp, 1+1i), newton(p, dp, 1-1i))
	var wg sync.WaitGroup
	ch := make(chan complex128)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			ch <- complex(float64(k), float64(k*k))
		}(i)
	}
	go func() { wg.Wait(); close(ch) }()
	var tot complex128
	for v := range ch {
		tot += v
	}
	fmt.Println(tot)
	defer fmt.Println("deferred", G)
	f := func() (complex64, error) { return 1i, nil }
	v, err := f()
	fmt.Println(v, err)
	var z struct {
		a complex128
		b complex64
	}
	fmt.Println(z, z.a == 0, z.b == 0i)
}
