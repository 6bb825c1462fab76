package main

import "fmt"

type S struct {
	f float64
	z complex64
}

var sink *complex128

func keep(p *complex128) { sink = p }

func local(p *complex64) complex64 { return *p * *p }

func newc(re, im float64) *complex128 {
	c := complex(re, im)
	return &c
}

func main() {
	c := 1 + 2i
	f := 2.0
	fmt.Println(real(c) == f, -real(c), (imag(c))*2, complex(f, f)/c, real(c)+imag(c), -(real(c) + 1))
	fmt.Println(real(c), imag(c), complex(f, 1), -complex(f, 1), !(real(c) > 0))
	fmt.Println(real(c)*imag(c)*real(c), S{real(c), 1i}, S{real(c), 0}.f)
	var p *complex128 = &c
	fmt.Println(*p, real(*p)+1, uint16(imag(c)*1000))
	d := 3i
	keep(&d)
	var e complex64 = 2
	fmt.Println(local(&e), *newc(1, 2), new(complex64))
	acc := 0i
	add := func(x complex128) { acc += x }
	add(1)
	s := []complex128{1, 2}
	m := map[complex64]S{1i: {}}
	fmt.Println(acc, s, len(m))
	var i interface{} = c
	_ = i
}
