// Slicing a string beyond its length: slice bounds out of range [:10] with
// length 3.
package main

import "fmt"

func main() {
	s := "abc"
	hi := 10
	fmt.Println(s[1:3])
	fmt.Println(s[1:hi])
}
