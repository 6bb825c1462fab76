// Non-escaping closures live in the frame and point at frame variables;
// deep recursion moves the stack many times while they are in use.
package main

import "fmt"

func depth(n int) int {
	acc := 0
	var pad [8]int
	add := func(k int) { acc += k; pad[k%8]++ }
	add(n)
	if n > 0 {
		add(depth(n - 1))
	}
	return acc + pad[0]*0
}

func visit(n int, f func(int)) {
	if n == 0 {
		return
	}
	f(n)
	visit(n-1, f)
}

func main() {
	fmt.Println(depth(3000))
	sum := 0
	visit(5000, func(k int) { sum += k })
	fmt.Println(sum)
}
