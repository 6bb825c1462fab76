// Slicing a nil slice beyond zero: slice bounds out of range [:1] with
// capacity 0.
package main

import "fmt"

func main() {
	var s []string
	fmt.Println(s[:0] == nil)
	n := 1
	fmt.Println(s[:n])
}
