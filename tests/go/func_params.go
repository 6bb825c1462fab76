// Parameters are copies: assigning to them does not affect the caller;
// blank and unnamed parameters; functions declared after use; results used
// directly in expressions and conditions.
package main

import "fmt"

func inc(n int) int {
	n++
	return n
}

func modify(s string, n int) (string, int) {
	s += "!"
	n *= 2
	return s, n
}

func ignore(_ int, b string, _ float64) string { return b }

func apply(op string, a, b int) int {
	switch op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	}
	return 0
}

func isPositive(n int) bool { return n > 0 }

func square(x float64) float64 { return x * x }

func main() {
	n := 5
	m := inc(n)
	fmt.Println(n, m)
	s := "hey"
	s2, n2 := modify(s, n)
	fmt.Println(s, n, s2, n2)
	fmt.Println(ignore(1, "middle", 2.5))
	fmt.Println(apply("+", 2, 3), apply("-", 2, 3), apply("*", apply("+", 1, 2), 4), apply("?", 1, 1))
	if isPositive(apply("-", 10, 3)) && !isPositive(-1) {
		fmt.Println("conditions from calls")
	}
	fmt.Println(square(square(1.5)), later(3))
	var u8 uint8 = 200
	fmt.Println(widen(u8), narrow(300))
}

func later(n int) int { return n * 100 }

func widen(b uint8) uint16 { return uint16(b) * 2 }

func narrow(n int) uint8 { return uint8(n) }
