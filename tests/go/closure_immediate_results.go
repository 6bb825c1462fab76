// Function literals called where they are written, with results and
// captured variables.
package main

import "fmt"

func main() {
	x := 10
	y := func(n int) int { return n * x }(3)
	q, r := func(a, b int) (int, int) { return a / b, a % b }(17, 5)
	fmt.Println(y, q, r)
	s := func() []string {
		var out []string
		for i := 0; i < 3; i++ {
			out = append(out, fmt.Sprint(i*x))
		}
		return out
	}()
	fmt.Println(s)
	func() {
		x = 99
	}()
	fmt.Println(x)
	total := 0
	for i := 0; i < 5; i++ {
		func(k int) { total += k * k }(i)
	}
	fmt.Println(total)
}
