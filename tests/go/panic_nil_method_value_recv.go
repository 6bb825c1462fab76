// Calling a value-receiver method through a nil pointer dereferences it at
// the call.
package main

import "fmt"

type T struct{ a, b, c int }

func (t T) Sum() int { return t.a + t.b + t.c }

func main() {
	p := &T{1, 2, 3}
	fmt.Println(p.Sum())
	p = nil
	fmt.Println(p.Sum())
}
