// Slicing a slice beyond its capacity: slice bounds out of range [:5] with
// capacity 3.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	n := 3
	fmt.Println(s[:n])
	n = 5
	fmt.Println(s[:n])
}
