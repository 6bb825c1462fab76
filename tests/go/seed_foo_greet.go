// The stack-allocation examples of seeds/002 (greet, and foo returning a
// non-escaping local) wrapped into a runnable main.
package main

import "fmt"

func greet() {
	fmt.Println("Hello!")
}

func foo() int {
	x := 42
	return x
}

func main() {
	greet()
	fmt.Println(foo())
	greet()
	fmt.Println(foo() + foo())
}
