// Aggregate assignments from memory to memory (one MEMMOVE each):
// through pointers, slice elements and fields, with overlap and a nil source.
package main

import "fmt"

type In struct {
	A int8
	B string
	C [3]float32
}

type Out struct {
	N  int
	In In
}

func main() {
	p := &In{1, "one", [3]float32{0.5, 1.5, 2.5}}
	q := new(In)
	*q = *p
	q.B = "copy"
	fmt.Println(*p, *q)
	os := []Out{{N: 1}, {N: 2}, {N: 3}}
	os[0].In = *p
	os[2] = os[0]
	os[1].In = os[2].In
	fmt.Println(os)
	s := []In{*p, *q}
	s[0], s[1] = s[1], s[0]
	fmt.Println(s[0].B, s[1].B)
	arr := &[4]int{1, 2, 3, 4}
	brr := new([4]int)
	*brr = *arr
	arr[0] = 100
	fmt.Println(*arr, *brr)
	var np *In
	*q = *np
	fmt.Println("unreachable")
}
