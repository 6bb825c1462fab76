// fmt prints maps with keys sorted: strings lexically, ints numerically
// (negatives first), floats with NaN first, false before true, structs and
// arrays field by field.
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3, "B": 0, "": -1})
	fmt.Println(map[int]string{10: "ten", -1: "minus", 0: "zero", 2: "two"})
	fmt.Println(map[uint8]bool{200: true, 3: false, 100: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	nan := 0.0
	nan /= nan
	inf := 1.0
	inf /= 0
	fmt.Println(map[float64]string{2.5: "b", -1: "a", inf: "inf", -inf: "-inf"})
	fmt.Println(map[float64]int{nan: 1, 0: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{1, 2}: "x", {0, 5}: "y", {1, 0}: "z"})
	fmt.Println(map[rune]int{'b': 2, 'a': 1})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}})
	fmt.Printf("%#v\n", map[int]string{2: "b", 1: "a"})
	fmt.Printf("%d %x %q\n", map[string]int{"a": 10, "b": 11}, map[string]int{"a": 10, "b": 255}, map[string]string{"k": "v"})
	fmt.Println(map[string][]int{"z": {1}, "a": nil})
	fmt.Println(map[string]map[string]int{"o": {"y": 2, "x": 1}})
	s := fmt.Sprint(map[int]int{3: 3, 1: 1, 2: 2})
	fmt.Println(s, len(s))
}
