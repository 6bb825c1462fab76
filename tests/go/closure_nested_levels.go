// Three levels of nested closures capturing variables from every level.
package main

import "fmt"

func main() {
	a := 1
	l1 := func(b int) func(int) func() int {
		return func(c int) func() int {
			return func() int {
				a++
				b += 10
				c += 100
				return a + b + c
			}
		}
	}
	g := l1(2)(3)
	fmt.Println(g(), g(), a)
	h := l1(0)
	fmt.Println(h(0)(), h(0)(), a)
}
