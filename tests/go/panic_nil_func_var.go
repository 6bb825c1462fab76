// Calling a nil func value held in a struct field panics with a nil
// dereference.
package main

import "fmt"

type Hooks struct{ before, after func(string) }

func main() {
	h := Hooks{before: func(s string) { fmt.Println("before", s) }}
	h.before("x")
	fmt.Println(h.after == nil)
	h.after("y")
	fmt.Println("unreachable")
}
