// Slicing through a pointer to an array beyond its length.
package main

import "fmt"

func window(p *[5]int, lo, hi int) []int { return p[lo:hi] }

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	fmt.Println(window(&arr, 1, 3))
	fmt.Println(window(&arr, 2, 7))
}
