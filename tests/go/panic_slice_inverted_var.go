// A slice expression whose low bound exceeds its high bound: slice bounds
// out of range [3:2].
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4}
	lo, hi := 3, 2
	fmt.Println(s[hi:lo])
	fmt.Println(s[lo:hi])
}
