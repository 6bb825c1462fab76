// s[5:] on a slice of length 3: the implicit high bound is len(s), so the
// message is slice bounds out of range [5:3].
package main

import "fmt"

func main() {
	s := make([]int, 3, 8)
	lo := 3
	fmt.Println(s[lo:], len(s[lo:]))
	lo = 5
	fmt.Println(s[lo:])
}
