package main

import (
	"fmt"
	"sort"
)

// Every Less and the resulting order: reveals the exact pdqsort call sequence.
func main() {
	for _, n := range []int{5, 13, 30, 60} {
		xs := make([]int, n)
		for i := range xs {
			xs[i] = (i*37 + 11) % 17
		}
		var trace []string
		sort.Slice(xs, func(i, j int) bool {
			trace = append(trace, fmt.Sprint(i, "<", j))
			return xs[i] < xs[j]
		})
		fmt.Println(n, len(trace), xs)
		if n <= 13 {
			fmt.Println(trace)
		}
	}
	// descending input (the reverse hint) and equal keys (partitionEqual)
	type kv struct {
		k int
		v string
	}
	var kvs []kv
	for i := 0; i < 70; i++ {
		kvs = append(kvs, kv{(70 - i) / 10, fmt.Sprint("v", i)})
	}
	calls := 0
	sort.Slice(kvs, func(i, j int) bool { calls++; return kvs[i].k < kvs[j].k })
	fmt.Println(calls, kvs)
	// many equal keys: unstable order as Go leaves it
	ws := make([]kv, 100)
	for i := range ws {
		ws[i] = kv{i % 3, fmt.Sprint(i)}
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].k < ws[j].k })
	fmt.Println(ws)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].v < ws[j].v })
	fmt.Println(ws[:10])
}
