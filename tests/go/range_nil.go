// Ranging over nil slices, nil maps, empty strings and zero-length arrays
// runs zero iterations.
package main

import "fmt"

func main() {
	var s []int
	var m map[string]int
	var p *[0]int
	n := 0
	for range s {
		n++
	}
	for range m {
		n++
	}
	for range "" {
		n++
	}
	for range [0]int{} {
		n++
	}
	for range p {
		n++
	}
	fmt.Println(n)

	var ptr *[3]int
	for i := range ptr { // only the length is needed: no dereference
		n += i
	}
	fmt.Println(n)

	var nested [][]string
	for _, inner := range nested {
		fmt.Println(inner)
	}
	fmt.Println("done")
}
