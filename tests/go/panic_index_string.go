// Indexing a string past its end: index out of range [5] with length 3.
package main

import "fmt"

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "abc"
	fmt.Println(at(s, 2))
	fmt.Println(at(s, 5))
}
