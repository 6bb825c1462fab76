// fmt of maps with %v %+v %#v, maps of structs and slices, nested maps,
// empty and nil maps.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]int{"b": 2, "a": 1}
	mp := map[string]P{"o": {}, "u": {1, 1}}
	ms := map[int][]string{2: {"x", "y"}, 1: nil}
	mm := map[string]map[int]bool{"k": {2: true, 1: false}}
	var nm map[string]int
	em := map[string]int{}

	fmt.Printf("%v %+v %#v\n", m, m, m)
	fmt.Printf("%v\n%+v\n%#v\n", mp, mp, mp)
	fmt.Printf("%v %#v\n", ms, ms)
	fmt.Printf("%v %#v\n", mm, mm)
	fmt.Printf("%v %#v %v %#v\n", nm, nm, em, em)
	fmt.Println(m, mp, nm)
	fmt.Printf("%v\n", map[P]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("%#v\n", map[P]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("%#v\n", map[[2]string]int{{"a", "b"}: 1})
	fmt.Printf("%#v\n", map[float64]bool{1.5: true, -2: false})
	fmt.Printf("%T %T %T\n", m, ms, mm)
}
