// Function-typed parameters: map, filter and reduce over slices, a
// comparator-driven sort, and callbacks with several results.
package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func sortBy(xs []string, less func(a, b string) bool) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && less(xs[j], xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func each(xs []string, visit func(i int, s string) (stop bool)) int {
	for i, s := range xs {
		if visit(i, s) {
			return i
		}
	}
	return -1
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	fmt.Println(filter(xs, func(x int) bool { return x%2 == 1 }))
	fmt.Println(reduce(xs, 0, func(a, x int) int { return a + x }))
	fmt.Println(reduce(xs, 1, func(a, x int) int { return a * x }))
	fmt.Println(filter(nil, func(int) bool { return true }) == nil)

	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sortBy(words, func(a, b string) bool { return a < b })
	fmt.Println(words)
	sortBy(words, func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a > b
	})
	fmt.Println(words)

	found := each(words, func(i int, s string) bool { return s[0] == 'b' })
	fmt.Println(found)
}
