package main

import (
	"fmt"
	"sort"
)

type rec struct{ key, seq int }

func main() {
	for _, n := range []int{7, 21, 45, 100} {
		xs := make([]rec, n)
		for i := range xs {
			xs[i] = rec{(i * 31) % 7, i}
		}
		less := 0
		sort.SliceStable(xs, func(i, j int) bool { less++; return xs[i].key < xs[j].key })
		ok := sort.SliceIsSorted(xs, func(i, j int) bool {
			return xs[i].key < xs[j].key || (xs[i].key == xs[j].key && xs[i].seq < xs[j].seq)
		})
		fmt.Println(n, less, ok, xs[:7])
	}
	var trace []string
	ys := []int{5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3}
	sort.SliceStable(ys, func(i, j int) bool {
		trace = append(trace, fmt.Sprintf("%d%d", i, j))
		return ys[i] < ys[j]
	})
	fmt.Println(ys, len(trace))
	fmt.Println(trace[len(trace)-20:])
}
