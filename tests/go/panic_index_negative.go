// A negative index held in a variable is out of range at run time.
package main

import "fmt"

func main() {
	s := "hello"
	i := -1
	fmt.Println(s[i+1])
	fmt.Println(s[i])
}
