package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 2, 9, 12} {
		fmt.Println(x, sort.SearchInts(a, x))
	}
	f := []float64{-1.5, 0, 2.25, 3}
	fmt.Println(sort.SearchFloat64s(f, 2.25), sort.SearchFloat64s(f, 100))
	s := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(s, "banana"), sort.SearchStrings(s, "a"), sort.SearchStrings(s, "z"))
	var probes []int
	i := sort.Search(1000, func(i int) bool { probes = append(probes, i); return i*i > 12345 })
	fmt.Println(i, probes)
	fmt.Println(sort.Search(0, func(int) bool { panic("never") }))
	fmt.Println(sort.IntsAreSorted(a), sort.IntsAreSorted([]int{2, 1}), sort.StringsAreSorted(s))
	fmt.Println(sort.IntsAreSorted(nil), sort.Float64sAreSorted([]float64{1, 1, 2}))
	fl := []float64{3, -1, 2.5, 0, -7}
	sort.Float64s(fl)
	fmt.Println(fl)
	in := []int{5, -3, 9, 0, 5, 12, -8, 3}
	sort.Ints(in)
	fmt.Println(in)
	var empty []string
	sort.Strings(empty)
	fmt.Println(empty == nil, len(empty))
}
