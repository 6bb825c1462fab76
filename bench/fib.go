// fib.go — recursive Fibonacci: measures calls and returns (frame setup,
// argument passing, the stack check in every prologue). Twin of fib.lua.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
