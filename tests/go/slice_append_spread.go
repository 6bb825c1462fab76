// append(s, t...) with slices, with itself, with nil and empty slices, and
// append([]byte, string...).
package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4, 5}
	c := append(a, b...)
	fmt.Println(c, len(c))

	d := append(c, c...)
	fmt.Println(d)

	var nilS []int
	e := append(nilS, nilS...)
	fmt.Println(e == nil, len(e))
	e = append(e, []int{}...)
	fmt.Println(e == nil, len(e))
	e = append([]int{}, nilS...)
	fmt.Println(e == nil, len(e))

	bs := []byte("hello")
	bs = append(bs, ", world"...)
	fmt.Println(string(bs))
	bs = append(bs[:0], "x"...)
	fmt.Println(string(bs), len(bs))

	// Appending a slice onto itself within capacity (overlapping copy).
	s := make([]int, 3, 10)
	s[0], s[1], s[2] = 1, 2, 3
	s = append(s[:1], s...)
	fmt.Println(s)

	strs := []string{"a"}
	strs = append(strs, []string{"b", "c"}...)
	strs = append(strs, strs[1:]...)
	fmt.Println(strs)

	// append a copy to clone
	orig := []int{7, 8, 9}
	clone := append([]int(nil), orig...)
	clone[0] = 0
	fmt.Println(orig, clone)
}
