// Recursion through func values: a variable holding a closure that calls
// itself, and mutual recursion through package-level func variables.
package main

import "fmt"

var isEven, isOdd func(int) bool

func init() {
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
}

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	memo := map[int]int{}
	var fibm func(int) int
	fibm = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fibm(n-1) + fibm(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fibm(80))
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	var walk func(depth int) int
	walk = func(depth int) int {
		if depth == 0 {
			return 0
		}
		buf := [16]int{depth}
		return buf[0] + walk(depth-1)
	}
	fmt.Println(walk(2000))
}
