// A slice whose low bound exceeds its high bound: slice bounds out of range
// [3:1].
package main

import "fmt"

func main() {
	s := "abcdef"
	lo, hi := 3, 1
	fmt.Println(s[hi:lo])
	fmt.Println(s[lo:hi])
}
