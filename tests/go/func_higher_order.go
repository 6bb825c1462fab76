// Higher-order functions: map, filter, reduce over func values, and
// functions returning functions.
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

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func isMultiple(k int) func(int) bool { return func(x int) bool { return x%k == 0 } }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	ys := mapInts(xs, adder(10))
	fmt.Println(ys)
	fmt.Println(filter(ys, isMultiple(3)))
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(xs, 1, func(a, b int) int { return a * b }))
	fmt.Println(mapInts(filter(xs, isMultiple(2)), func(x int) int { return x * x }))
}
