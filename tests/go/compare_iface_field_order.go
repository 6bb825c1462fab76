package main

import "fmt"

type K struct {
	a interface{}
	b string
}
type K3 struct {
	a interface{}
	n int
}
type Big struct {
	a       interface{}
	n, m, o int
	p       int
}
type A2 [2]interface{}
type A5 [5]interface{}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	try("K len differs", func() bool { return K{[]int{1}, "x"} == K{[]int{1}, "yy"} })
	try("K3 int differs", func() bool { return K3{[]int{1}, 1} == K3{[]int{1}, 2} })
	try("Big int differs", func() bool { return Big{[]int{1}, 1, 1, 1, 1} == Big{[]int{1}, 1, 1, 1, 2} })
	try("A2 later type", func() bool { return A2{[]int{}, 1} == A2{[]int{}, "1"} })
	try("A5 later type", func() bool { return A5{[]int{}, 1} == A5{[]int{}, "1"} })
	var x, y interface{} = K3{[]int{1}, 1}, K3{[]int{1}, 2}
	try("boxed K3", func() bool { return x == y })
	var bx, by interface{} = Big{[]int{1}, 1, 1, 1, 1}, Big{[]int{1}, 1, 1, 1, 2}
	try("boxed Big", func() bool { return bx == by })
	var ax, ay interface{} = A5{[]int{}, 1}, A5{[]int{}, "1"}
	try("boxed A5", func() bool { return ax == ay })
}
