// Evaluation order: call arguments, operands and multiple assignments
// are evaluated left to right; functions called from expressions run
// in that order.
package main

import "fmt"

var log = ""

func v(name string, n int) int {
	log += name
	return n
}

func s(name string) string {
	log += name
	return name
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	r := three(v("a", 1), v("b", 2), v("c", 3))
	fmt.Println(r, log)
	log = ""
	x := v("x", 1) + v("y", 2)*v("z", 3) - v("w", 4)
	fmt.Println(x, log)
	log = ""
	str := s("p") + s("q") + s("r")
	fmt.Println(str, log)
	log = ""
	if v("1", 1) > 0 && v("2", 0) > 0 || v("3", 1) > 0 {
		fmt.Println("cond", log)
	}
	log = ""
	fmt.Println(v("m", 1), v("n", 2), s("o"))
	fmt.Println(log)
	log = ""
	a, b := v("a", 1), v("b", 2)
	fmt.Println(a, b, log)
}
