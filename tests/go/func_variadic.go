// Variadic functions: no arguments gives a nil slice, several arguments a
// fresh slice, and s... passes the caller's slice itself (shared).
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(prefix string, xs ...string) string {
	return fmt.Sprint(prefix, len(xs), xs == nil)
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))

	fmt.Println(info("a"))
	fmt.Println(info("b", "x", "y"))
	fmt.Println(info("c", []string{}...))
	fmt.Println(info("d", nil...))

	zeroFirst(nums...)
	fmt.Println(nums)
	a, b := 7, 8
	zeroFirst(a, b)
	fmt.Println(a, b)

	f := sum
	fmt.Println(f(1, 1, 1))
	fmt.Printf("%T\n", f)

	var collect func(...string) []string
	collect = func(s ...string) []string { return s }
	got := collect("p", "q")
	fmt.Println(got, len(got), cap(got))
}
