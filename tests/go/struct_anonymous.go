// Anonymous struct types: variables, literals, slices of them, assignment
// between identical anonymous types and to a named type with the same
// underlying type.
package main

import "fmt"

type Pair struct {
	A int
	B string
}

func main() {
	var x struct {
		A int
		B string
	}
	x.A = 1
	x.B = "one"
	fmt.Println(x)

	y := struct {
		A int
		B string
	}{2, "two"}
	x = y
	fmt.Println(x, x == y)

	var p Pair = x // assignable: identical underlying types, one side unnamed
	fmt.Println(p)
	p.A = 3
	x = p
	fmt.Printf("%+v\n", x)

	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, pt := range points {
		fmt.Print(pt.X+pt.Y, " ")
	}
	fmt.Println()

	config := struct {
		Name    string
		Verbose bool
		Limits  [2]int
	}{Name: "cfg", Limits: [2]int{1, 9}}
	fmt.Printf("%v %+v\n", config, config)

	empty := struct{}{}
	fmt.Println(empty, empty == struct{}{})

	nested := struct {
		In struct{ V int }
	}{}
	nested.In.V = 7
	fmt.Println(nested)
	fmt.Printf("%T\n", nested)
}
