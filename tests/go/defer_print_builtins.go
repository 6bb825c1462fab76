// defer print(...) and defer println(...): the operands are evaluated at
// the defer statement and printed (to stderr) when the deferred call runs,
// in LIFO order, also while a panic unwinds.
package main

import "fmt"

type T struct{ n int }

func deep(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%32]
}

func work(name string) {
	s := fmt.Sprint("built-", name) // a heap string, printed after the stack grows
	var e error
	var xs []int
	p := &T{1}
	defer println("end of", name, len(s))
	defer println(s, e == nil, xs == nil, p.n, 2.5, 'x', uint8(7))
	for i := 0; i < 3; i++ {
		defer print("i=", i, " ")
	}
	p.n = 99 // the record holds the value read at the defer statement
	deep(200)
}

func main() {
	work("a")
	println()
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		defer println("printed while panicking")
		var m map[string]int
		m["x"] = 1
	}()
	defer println("last")
	defer print()
	defer println()
}
