// Closures nested several levels deep, each capturing variables of all
// enclosing functions, including parameters and named results.
package main

import "fmt"

func outer(a int) (result int) {
	f := func(b int) {
		g := func(c int) {
			result += a * b * c
			a++
		}
		g(1)
		g(2)
		b++
		g(3)
	}
	f(10)
	return
}

func accumulate(xs []int) (sum, count int) {
	add := func(x int) {
		sum += x
		count++
	}
	for _, x := range xs {
		add(x)
	}
	return
}

func main() {
	fmt.Println(outer(1))
	fmt.Println(accumulate([]int{4, 5, 6}))

	level := 0
	l1 := func() func() func() int {
		level++
		return func() func() int {
			level += 10
			return func() int {
				level += 100
				return level
			}
		}
	}
	fmt.Println(l1()()(), level)

	x := 0
	func() {
		x := 5 // shadows
		func() { x++ }()
		fmt.Println("inner x", x)
	}()
	fmt.Println("outer x", x)
}
