// fmt of arrays: %v %+v %#v, arrays of arrays and of structs, empty arrays.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	s := [2]string{"x", "y"}
	g := [2][2]int{{1, 2}, {3, 4}}
	ps := [2]P{{1, 2}}
	var e [0]int
	b := [4]byte{'a', 'b', 0, 255}
	fmt.Printf("%v %v %v %v %v\n", a, s, g, ps, e)
	fmt.Printf("%+v %+v\n", ps, g)
	fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", a, s, g, ps, e)
	fmt.Printf("%v %#v\n", b, b)
	fmt.Printf("%d %x %X\n", a, a, [2]int{255, 4096})
	fmt.Printf("%x %s\n", b, [2]string{"p", "q"})
	fmt.Println(a, s, e)
	fmt.Printf("%v\n", [2]bool{true})
	fmt.Printf("%#v\n", [2]float64{1, 0.5})
	fmt.Printf("%T %T %T\n", a, g, ps)
}
