// Package-level variables are initialised in dependency order, not source
// order; independent ones in source order.
package main

import "fmt"

var a = c + b
var b = f("b", 2)
var c = f("c", 3)
var d = f("d", 4)
var e = total(a, d)

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func total(x, y int) int {
	fmt.Println("init total")
	return x * y
}

func main() {
	fmt.Println(a, b, c, d, e)
}
