// Indexing an array with a variable past its end: index out of range [5]
// with length 3 (a constant index would be a compile error).
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	i := 2
	fmt.Println(a[i])
	i = 5
	fmt.Println(a[i])
}
