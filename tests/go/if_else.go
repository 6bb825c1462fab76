// if / else if / else chains, init statements whose variables are visible in
// every branch, and nested conditions.
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func sign(x float64) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func grade(score int) string {
	if s := score / 10; s >= 9 {
		return "A"
	} else if s >= 8 {
		return "B"
	} else if d := 70 - score; d <= 0 {
		return "C"
	} else {
		return fmt.Sprint("F by ", d, " (", s, ")")
	}
}

func main() {
	for i := -2; i <= 3; i++ {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
	fmt.Println(sign(2.5), sign(-0.1), sign(0))
	fmt.Println(grade(95), grade(85), grade(70), grade(42))

	if x, y := 3, 4; x*x+y*y == 25 {
		fmt.Println("right triangle", x, y)
	}
	if n := len("héllo"); n > 5 {
		fmt.Println("bytes", n)
	} else {
		fmt.Println("short", n)
	}

	a, b, c := true, false, true
	if a {
		if b {
			fmt.Println("a and b")
		} else if c {
			fmt.Println("a and c, not b")
		}
	}
	var count int
	if count++; count == 1 {
		fmt.Println("init ran once", count)
	}
	if !(a && b) {
		fmt.Println("not both")
	}
}
