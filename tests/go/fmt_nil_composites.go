// fmt of nil values of composite kinds under %v and %#v: nil slices, maps,
// pointers and funcs inside and outside structs and slices.
package main

import "fmt"

type T struct {
	S []int
	M map[int]int
	P *T
	F func()
}

func main() {
	var s []string
	var m map[string]bool
	var p *T
	var f func(int) int
	fmt.Println(s, m, p, f == nil)
	fmt.Printf("%v %v %v\n", s, m, p)
	fmt.Printf("%#v %#v %#v\n", s, m, p)
	fmt.Printf("%v\n", f)
	fmt.Printf("%#v\n", f)
	var t T
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Printf("%v %v\n", []*T{nil, nil}, [2]map[int]int{})
	fmt.Printf("%#v\n", []*T{nil})
	fmt.Printf("%d %s %x\n", s, s, m)
}
