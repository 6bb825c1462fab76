// fmt of slices: %v %+v %#v for ints, strings, floats, bools, nested and
// empty or nil slices, and Println spacing.
package main

import "fmt"

type P struct{ A int }

func main() {
	ints := []int{1, -2, 3}
	strs := []string{"a", "b c", ""}
	fls := []float64{1, 2.5, 1e21, 1e-7}
	bls := []bool{true, false}
	nested := [][]int{{1}, {2, 3}, {}}
	ps := []P{{1}, {2}}
	var nilInts []int
	empty := []string{}

	fmt.Printf("%v %v %v %v %v\n", ints, strs, fls, bls, nested)
	fmt.Printf("%+v %+v %+v\n", ints, ps, nested)
	fmt.Printf("%#v\n%#v\n%#v\n%#v\n%#v\n", ints, strs, fls, bls, nested)
	fmt.Printf("%#v %#v\n", ps, []*P(nil))
	fmt.Printf("%v %#v %v %#v\n", nilInts, nilInts, empty, empty)
	fmt.Println(ints, strs, nilInts, empty)
	fmt.Println(len(fmt.Sprint(strs)), fmt.Sprint(strs))
	fmt.Printf("%v\n", []rune("hi"))
	fmt.Printf("%#v\n", []rune("hi"))
	fmt.Printf("%v %#v\n", []uint8{1, 2}, []uint8{1, 2})
	fmt.Printf("%v %#v\n", []int8{-1, 2}, []uint16{65535})
	fmt.Printf("%v\n", []float32{0.1, 2.5})
	fmt.Printf("%.2f %5.1f\n", fls[:2], []float64{3.14159, 2.71828})
	fmt.Printf("%t\n", bls)
	fmt.Printf("%v\n", [][]string{{"x"}, {}})
	fmt.Printf("%#v\n", [][]string{{"x"}, nil})
}
