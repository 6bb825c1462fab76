// Booleans: && and || short-circuit (the right side must not run), !, and
// comparison operators on every basic type.
package main

import "fmt"

var calls = 0

func t(name string) bool {
	calls++
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	fmt.Print(name, " ")
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") || f("b"))
	fmt.Println(t("a") && f("b") || t("c"))
	fmt.Println(f("a") || f("b") && t("c"))
	fmt.Println(!t("a") || !f("b"))
	fmt.Println("calls:", calls)

	var zero bool
	yes := !zero
	fmt.Println(zero, yes, zero == yes, zero != yes, !!yes)
	x := 3 > 2
	y := x == true
	fmt.Println(x, y, x && !y)

	fmt.Println(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)
	fmt.Println(uint8(255) > uint8(0), int8(-1) < int8(0), uint(0) < ^uint(0))
	fmt.Println(1.5 < 1.25, float32(0.1) == float32(0.1), -0.0 == 0.0)
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "B" < "a", "é" > "z")

	cond := calls > 5
	if cond {
		fmt.Println("more than five calls")
	}
	b := false
	b = b || calls%2 == 0
	fmt.Printf("%t %v %5t|%-6t|\n", b, !b, b, !b)
}
