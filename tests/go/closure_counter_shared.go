// Two closures sharing one captured variable, and a closure capturing
// another closure.
package main

import "fmt"

func pair() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	twice := func() { inc(); inc() }
	twice()
	fmt.Println(get(), inc())
	inc2, get2 := pair()
	inc2()
	fmt.Println(get(), get2())
}
