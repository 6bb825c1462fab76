package main

import "fmt"

type P struct{ x, y int }
type S interface{ Str() string }
type N int

func (n N) Str() string { return "n" }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a != nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b, a != b)
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = P{2, 1}
	fmt.Println(a == b)
	p := &P{}
	a, b = p, p
	fmt.Println(a == b)
	b = &P{}
	fmt.Println(a == b)
	a = 3
	fmt.Println(a == 3, a == 4, 3 == a)
	var s1, s2 S = N(1), N(1)
	fmt.Println(s1 == s2)
	s2 = N(2)
	fmt.Println(s1 == s2, s1 != s2)
	var e interface{} = N(1)
	fmt.Println(e == s1)
	if a == b {
		fmt.Println("eq")
	} else {
		fmt.Println("ne")
	}
	fmt.Println(a == 2.5, a == nil)
}
