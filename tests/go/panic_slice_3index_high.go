// A full slice expression whose high bound exceeds max: slice bounds out of
// range [:4:3].
package main

import "fmt"

func main() {
	s := make([]int, 5)
	hi, max := 3, 3
	fmt.Println(len(s[0:hi:max]))
	hi = 4
	fmt.Println(len(s[0:hi:max]))
}
