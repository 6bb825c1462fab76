// Example 2 of seeds/002 as a runnable main: foo returns &x, so x escapes to
// the heap; every call gives a new variable.
package main

import "fmt"

func foo() *int {
	x := 42
	return &x
}

func main() {
	a := foo()
	b := foo()
	fmt.Println(*a, *b, a == b)
	*a++
	fmt.Println(*a, *b)
	ptrs := []*int{foo(), foo(), foo()}
	sum := 0
	for i, p := range ptrs {
		*p += i
		sum += *p
	}
	fmt.Println(sum)
}
