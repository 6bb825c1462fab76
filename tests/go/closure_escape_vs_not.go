// Closures that escape (returned, stored globally) and closures that do not
// (called in place): both work, and captured state is shared correctly.
package main

import "fmt"

var saved func() int

func counter() func() int {
	c := 0
	return func() int { c++; return c }
}

func local(n int) int {
	total := 0
	add := func(x int) { total += x }
	for i := 1; i <= n; i++ {
		add(i)
	}
	return total
}

func save(start int) {
	v := start
	saved = func() int { v *= 2; return v }
}

func main() {
	a, b := counter(), counter()
	a()
	a()
	fmt.Println(a(), b())
	fmt.Println(local(10), local(100))
	save(3)
	saved()
	fmt.Println(saved())
}
