// Integer division by a zero variable panics at run time (exit status 2)
// after the output written so far.
package main

import "fmt"

func divide(a, b int) int {
	return a / b
}

func main() {
	fmt.Println("10 / 2 =", divide(10, 2))
	zero := 0
	fmt.Println("10 / 0 =", divide(10, zero))
	fmt.Println("not reached")
}
