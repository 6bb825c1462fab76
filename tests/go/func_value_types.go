// Named function types: declaring, converting a literal to one, tables of
// operations keyed by name, and functions returning function types.
package main

import "fmt"

type BinOp func(a, b int) int
type Pred func(int) bool

func and(p, q Pred) Pred {
	return func(x int) bool { return p(x) && q(x) }
}

func apply(op BinOp, a, b int) int { return op(a, b) }

func main() {
	ops := map[string]BinOp{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
		"*": func(a, b int) int { return a * b },
	}
	names := []string{"+", "-", "*"}
	for _, n := range names {
		fmt.Println(n, apply(ops[n], 12, 4))
	}

	var mod BinOp = func(a, b int) int { return a % b }
	fmt.Println(apply(mod, 12, 5))
	fmt.Println(apply(BinOp(func(a, b int) int { return a << b }), 1, 4))

	even := Pred(func(x int) bool { return x%2 == 0 })
	positive := Pred(func(x int) bool { return x > 0 })
	both := and(even, positive)
	for _, x := range []int{-2, -1, 0, 1, 2, 3, 4} {
		fmt.Print(both(x), " ")
	}
	fmt.Println()

	fmt.Printf("%T %T\n", mod, both)
	var none BinOp
	fmt.Println(none == nil)
}
