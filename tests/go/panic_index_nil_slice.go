// Indexing a nil slice: index out of range [0] with length 0.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), s == nil)
	i := 0
	s[i] = 1
	fmt.Println("unreachable")
}
