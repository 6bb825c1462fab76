// Index 0 of the empty string: index out of range [0] with length 0.
package main

import "fmt"

func first(s string) byte { return s[0] }

func main() {
	fmt.Println(first("x"))
	fmt.Println(first(""))
}
