// Func values with variadic parameters and multiple results.
package main

import "fmt"

func minmax(xs ...int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func main() {
	f := minmax
	lo, hi := f(5, 2, 9, 1)
	fmt.Println(lo, hi)
	xs := []int{4, 8, 6}
	fmt.Println(f(xs...))
	join := func(sep string, parts ...string) string {
		out := ""
		for i, p := range parts {
			if i > 0 {
				out += sep
			}
			out += p
		}
		return out
	}
	g := join
	fmt.Println(g("-", "a", "b", "c"), g("+"))
	divmod := func(a, b int) (q, r int) { q, r = a/b, a%b; return }
	fmt.Println(divmod(23, 4))
}
