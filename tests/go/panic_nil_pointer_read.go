// Dereferencing a nil *int: invalid memory address or nil pointer
// dereference, with Go's [signal SIGSEGV ...] line (vm reports the same
// without a real signal).
package main

import "fmt"

func main() {
	var p *int
	fmt.Println(p == nil)
	fmt.Println(*p)
}
