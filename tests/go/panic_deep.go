// A panic deep in a recursion, after the stack has grown: the trace starts
// at the innermost frame.
package main

import "fmt"

func down(n int, s string) int {
	if n == 0 {
		return len(s) / (n * 0)
	}
	return down(n-1, s) + 1
}

func main() {
	fmt.Println("descending")
	fmt.Println(down(10000, "xyz"))
}
