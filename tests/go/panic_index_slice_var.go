// Reading a slice element past its length (not its capacity): index out of
// range [3] with length 3.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := make([]int, 3, 10)
	fmt.Println(get(s, 2), cap(s))
	fmt.Println(get(s, 3))
}
