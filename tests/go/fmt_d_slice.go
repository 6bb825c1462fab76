// Integer verbs applied to slices and arrays format each element; width,
// flags and precision apply per element.
package main

import "fmt"

func main() {
	s := []int{1, -20, 300}
	fmt.Printf("%d\n", s)
	fmt.Printf("%5d|\n", s)
	fmt.Printf("%-5d|\n", s)
	fmt.Printf("%05d\n", s)
	fmt.Printf("%+d\n", s)
	fmt.Printf("%x %X %o %b\n", s, s, s, []int{5, 6})
	fmt.Printf("%#x\n", []int{255, 16})
	fmt.Printf("%c\n", []rune{'g', 'o', '世'})
	fmt.Printf("%U\n", []rune{'a', '世'})
	fmt.Printf("%q\n", []rune{'a', '\n'})
	fmt.Printf("%d\n", [3]uint8{1, 2, 255})
	fmt.Printf("%d\n", []uint64{18446744073709551615})
	fmt.Printf("%d\n", [][]int{{1, 2}, {3}})
	fmt.Printf("%3d\n", map[string]int{"a": 1, "b": 22})
	fmt.Printf("%e\n", []float64{1, 1234.5})
	fmt.Printf("%g %G\n", []float64{0.000001, 1e30}, []float32{1e-7})
	fmt.Printf("%8.3f|\n", []float64{3.14159, -2})
	fmt.Printf("%t %v\n", []bool{true}, []bool{})
	fmt.Printf("%d\n", []int{})
	fmt.Printf("%d %d\n", []int(nil), [0]int{})
	fmt.Printf("%x\n", []int8{-1, 127})
	fmt.Printf("%s\n", []int{65, 66})
}
