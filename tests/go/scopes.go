// Scopes: shadowing in blocks, if/for/switch headers, := redeclaring with at
// least one new variable, and package names shadowed by locals.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x = "assigned in inner block"
			y := x
			fmt.Println(y)
		}
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 'q'; x {
	case 'q':
		fmt.Println("switch", x)
	}
	fmt.Println(x)

	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)

	len := func1()
	fmt.Println(len)
	{
		fmt := "shadowed fmt"
		_ = fmt
	}
	fmt.Println(inner())
}

func func1() int { return 42 }

func inner() string {
	return x
}
