package main

import "fmt"

func main() {
	c := 1 + 1i
	fmt.Println(c / 0)
	const z = 1i / 0i
	var m map[complex64]int
	m[1+1i] = 2
	var s []complex128 = []complex128{1, "x"}
	c++
	var b bool = c
	_, _ = s, b
	for i := range c {
		_ = i
	}
}
