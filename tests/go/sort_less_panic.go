package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	defer fmt.Println("deferred in main runs")
	sort.Slice(xs, func(i, j int) bool {
		defer fmt.Println("deferred in less runs")
		if xs[i] == 1 {
			panic(fmt.Sprintf("bad element at %d", i))
		}
		return xs[i] < xs[j]
	})
	fmt.Println("not reached")
}
