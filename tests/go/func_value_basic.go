// Named functions as values: assigning, comparing with nil, passing,
// storing in variables of func type and calling through them.
package main

import "fmt"

func square(x int) int         { return x * x }
func negate(x int) int         { return -x }
func greet(name string) string { return "hi " + name }
func pair() (int, string)      { return 1, "one" }

func main() {
	var f func(int) int
	fmt.Println(f == nil)
	f = square
	fmt.Println(f != nil, f(7))
	f = negate
	fmt.Println(f(7))

	g := greet
	fmt.Println(g("bob"))

	p := pair
	n, s := p()
	fmt.Println(n, s)

	fs := []func(int) int{square, negate, func(x int) int { return x + 1 }}
	for _, fn := range fs {
		fmt.Print(fn(3), " ")
	}
	fmt.Println()

	// The zero func value in a struct and a map.
	type holder struct{ fn func() }
	var h holder
	fmt.Println(h.fn == nil)
	m := map[string]func(int) int{"sq": square}
	fmt.Println(m["sq"](5), m["none"] == nil)

	// Calling a func value read from an array via an index expression.
	arr := [2]func(int) int{square, negate}
	fmt.Println(arr[1](arr[0](4)))
	fmt.Printf("%T\n", f)
}
