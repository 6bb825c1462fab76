// A full slice expression whose low bound exceeds its high bound: slice
// bounds out of range [3:2:].
package main

import "fmt"

func main() {
	s := make([]int, 5)
	lo, hi, max := 2, 2, 4
	fmt.Println(len(s[lo:hi:max]))
	lo = 3
	fmt.Println(len(s[lo:hi:max]))
}
