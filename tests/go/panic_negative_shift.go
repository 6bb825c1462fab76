// Shifting by a negative amount held in a signed variable panics:
// negative shift amount.
package main

import "fmt"

func main() {
	x := 1
	n := 3
	fmt.Println(x << n)
	n -= 5
	fmt.Println(x << n)
}
