// Functions returning closures: adders, composition, currying, and closures
// returning closures.
package main

import "fmt"

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func repeat(f func(int) int, n int) func(int) int {
	if n == 0 {
		return func(x int) int { return x }
	}
	return compose(f, repeat(f, n-1))
}

func prefixer(p string) func(string) string {
	return func(s string) string { return p + s }
}

func main() {
	add5 := adder(5)
	add10 := adder(10)
	fmt.Println(add5(1), add10(1), add5(add10(0)))

	double := func(x int) int { return x * 2 }
	f := compose(add5, double)
	g := compose(double, add5)
	fmt.Println(f(3), g(3))

	mul := curry(func(a, b int) int { return a * b })
	times3 := mul(3)
	fmt.Println(times3(7), mul(4)(5))

	fmt.Println(repeat(double, 10)(1), repeat(add5, 0)(1))

	hello := prefixer("hello, ")
	fmt.Println(hello("world"), prefixer("")("x"))

	// A closure returned from a closure keeps both levels' variables.
	outer := func() func() func() int {
		a := 1
		return func() func() int {
			b := 10
			return func() int {
				a++
				b++
				return a*100 + b
			}
		}
	}
	mid := outer()
	in1 := mid()
	in2 := mid()
	fmt.Println(in1(), in1(), in2())
}
