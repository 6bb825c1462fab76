// A negative index held in a variable: index out of range [-2] (no length in
// the message for negative indices).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	k := -2
	fmt.Println(s[k+2])
	fmt.Println(s[k])
}
