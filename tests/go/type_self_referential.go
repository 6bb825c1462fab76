package main

import "fmt"

type T []T
type Number *Number
type M map[string]M
type C chan C
type F func(F) F
type A [2]*A

func count(n Number) int {
	c := 0
	for n != nil {
		c++
		n = *n
	}
	return c
}

func main() {
	t := T{nil, T{}, T{T{}}}
	fmt.Println(len(t), t[1] == nil, len(t[2]), t)
	var zero Number
	one := Number(&zero)
	two := Number(&one)
	fmt.Println(count(two), count(nil))
	m := M{"a": M{"b": nil}}
	fmt.Println(len(m["a"]), m)
	c := make(C, 1)
	c <- c
	fmt.Println((<-c) == c)
	var f F
	f = func(g F) F { return g }
	fmt.Println(f(f) != nil)
	var a A
	a[0] = &A{}
	fmt.Println(a[0][1] == nil)
	var i interface{} = t
	switch v := i.(type) {
	case T:
		fmt.Printf("%T %d\n", v, len(v))
	}
	_, ok := i.(M)
	fmt.Printf("%v %T %T %T\n", ok, m, two, c)
}
