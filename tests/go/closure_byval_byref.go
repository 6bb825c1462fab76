// Captures by value (never reassigned after capture) and by reference
// (reassigned, or large): both must behave as variables.
package main

import "fmt"

type big struct{ a [20]int }

func main() {
	k := 7 // never reassigned: captured by value
	addK := func(x int) int { return x + k }
	fmt.Println(addK(1), addK(2))

	n := 1 // reassigned after capture: by reference
	get := func() int { return n }
	n = 5
	fmt.Println(get())

	var b big // larger than 128 bytes: by reference
	b.a[3] = 9
	sum := func() int {
		s := 0
		for _, v := range b.a {
			s += v
		}
		return s
	}
	fmt.Println(sum())

	pt := struct{ X, Y int }{1, 2} // field assignment reassigns pt
	setX := func(v int) { pt.X = v }
	setX(40)
	fmt.Println(pt)

	arr := [3]string{"a", "b", "c"} // captured by value, read only
	join := func() string { return arr[0] + arr[1] + arr[2] }
	fmt.Println(join())
}
