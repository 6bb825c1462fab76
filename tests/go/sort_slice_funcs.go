package main

import (
	"fmt"
	"sort"
)

type P struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(xs)
	ps := []P{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}, {"f", 3}, {"g", 2}, {"h", 1}, {"i", 3}, {"j", 2}, {"k", 1}, {"l", 3}, {"m", 2}, {"n", 0}}
	calls := 0
	sort.Slice(ps, func(i, j int) bool { calls++; return ps[i].Age < ps[j].Age })
	fmt.Println(ps, calls)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Name > ps[j].Name })
	fmt.Println(ps)
	fmt.Println(sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].Name > ps[j].Name }))
	fs := []float64{3, 1.5, -0.0, 0, 2}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	ss := []string{"b", "c", "a"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "b"), sort.SearchInts(xs, 7))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 61
	}
	n := 0
	sort.Slice(big, func(i, j int) bool { n++; return big[i] < big[j] })
	fmt.Println(big[:20], n)
}
