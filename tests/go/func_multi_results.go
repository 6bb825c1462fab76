// Functions with several parameters and results: results passed straight
// into another call, discarded with _, and mixed parameter groupings.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, float64, string) { return 1, 2.5, "three" }

func add(a, b int) int { return a + b }

func minmax(a, b, c int) (min, max int) {
	min, max = a, a
	if b < min {
		min = b
	}
	if c < min {
		min = c
	}
	if b > max {
		max = b
	}
	if c > max {
		max = c
	}
	return
}

func describe(n int, f float64, s string) string {
	return fmt.Sprintf("%d/%.1f/%s", n, f, s)
}

func mixed(a int, b, c string, d uint8) int {
	return a + len(b) + len(c) + int(d)
}

func nothing() {}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(swap("hello", "world"))
	fmt.Println(add(divmod(100, 7)))
	fmt.Println(describe(three()))
	lo, hi := minmax(5, -3, 9)
	fmt.Println(lo, hi)
	_, hi = minmax(1, 2, 3)
	fmt.Println(hi)
	fmt.Println(mixed(1, "ab", "cde", 250))
	nothing()
	a, b := swap(swap("x", "y"))
	fmt.Println(a, b)
	fmt.Print(divmod(9, 4))
	fmt.Println()
	s := fmt.Sprint(three())
	fmt.Println(s)
}
