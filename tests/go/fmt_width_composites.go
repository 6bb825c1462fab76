// Width and precision on composites apply to each element, never to the
// whole; the brackets and braces are not padded.
package main

import "fmt"

type P struct {
	A int
	B string
}

func main() {
	fmt.Printf("[%6v]\n", []int{1, 22})
	fmt.Printf("[%-6v]\n", []int{1, 22})
	fmt.Printf("[%06v]\n", []int{1, -22})
	fmt.Printf("[%4v]\n", P{1, "x"})
	fmt.Printf("[%-4v]\n", P{1, "x"})
	fmt.Printf("[%+4v]\n", P{1, "x"})
	fmt.Printf("[%8.2v]\n", []float64{3.14159, 100})
	fmt.Printf("[%3v]\n", map[string]int{"a": 1})
	fmt.Printf("[%5v]\n", [2]bool{true, false})
	fmt.Printf("[%2v]\n", [][]int{{1}, {2, 3}})
	fmt.Printf("[%x]\n", P{255, "hi"})
	fmt.Printf("[%.1f]\n", struct{ X, Y float64 }{1.25, 2.75})
	fmt.Printf("[%6.2f]\n", [2]float64{1, 2})
	fmt.Printf("[%*d]\n", 4, []int{7, 8})
	fmt.Printf("[%-*v]\n", 3, []string{"a", "b"})
}
