// Package-level func variables initialised from functions and literals,
// reassigned at run time.
package main

import "fmt"

func sq(x int) int { return x * x }

var op = sq
var ops = []func(int) int{sq, func(x int) int { return -x }}
var table = map[string]func(int) int{"sq": sq}

func main() {
	fmt.Println(op(4), ops[1](4), table["sq"](5))
	op = ops[1]
	fmt.Println(op(4))
	table["neg"] = op
	fmt.Println(len(table), table["neg"](-3))
}
