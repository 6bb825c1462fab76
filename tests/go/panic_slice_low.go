// A low bound past the end with the high bound omitted: slice bounds out of
// range [7:5].
package main

import "fmt"

func main() {
	s := "hello"
	lo := 7
	fmt.Println(s[5:])
	fmt.Println(s[lo:])
}
