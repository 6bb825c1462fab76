// fmt of pointers at the top level: to structs &{...}, to arrays, slices and
// maps &[...] &map[...], and nil pointers <nil>.
package main

import "fmt"

type P struct {
	X, Y int
}

type Named struct {
	Name string
	In   P
}

func main() {
	p := &P{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v %#v\n", p, p, p)
	n := &Named{"n", P{3, 4}}
	fmt.Printf("%v %+v\n%#v\n", n, n, n)

	var np *P
	fmt.Println(np)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	var ni *int
	fmt.Println(ni)
	fmt.Printf("%v %#v\n", ni, ni)

	arr := &[3]int{1, 2, 3}
	sl := &[]string{"a"}
	mp := &map[string]int{"k": 1}
	fmt.Println(arr, sl, mp)
	fmt.Printf("%v %+v %#v\n", arr, sl, mp)

	fmt.Println(&P{}, &struct{}{}, &[0]int{})
	fmt.Printf("%d %x\n", &P{10, 11}, &[2]int{255, 16})
	s := fmt.Sprint(p, n)
	fmt.Println(s)
	fmt.Printf("%T %T %T %T\n", p, np, arr, mp)
}
