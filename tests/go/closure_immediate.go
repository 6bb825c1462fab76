// Function literals called where they are written, with arguments and
// results, as initialisers and inside expressions.
package main

import "fmt"

var table = func() [5]int {
	var t [5]int
	for i := range t {
		t[i] = i * i
	}
	return t
}()

func main() {
	fmt.Println(table)

	v := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(v)

	q, r := func(a, b int) (int, int) { return a / b, a % b }(17, 5)
	fmt.Println(q, r)

	s := func() []string { return []string{"x", "y"} }()
	fmt.Println(s, len(s))

	n := 3
	func() {
		n *= 2
	}()
	fmt.Println(n)

	fmt.Println(func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	}(1, 2, 3, 4))

	total := 0
	for i := 0; i < 3; i++ {
		total += func(k int) int { return k * i }(10)
	}
	fmt.Println(total)
}
