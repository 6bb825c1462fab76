// Func values may be compared only with nil; swapping strategies at run time
// through a func-typed variable and a struct field.
package main

import "fmt"

type Strategy func([]int) int

func maxOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func minOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

type Picker struct {
	Name string
	Pick Strategy
}

func main() {
	data := []int{5, 3, 9, 1, 7}
	pickers := []Picker{{"max", maxOf}, {"min", minOf}, {"none", nil}}
	for _, p := range pickers {
		if p.Pick == nil {
			fmt.Println(p.Name, "-")
			continue
		}
		fmt.Println(p.Name, p.Pick(data))
	}

	var cur Strategy
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			cur = maxOf
		} else {
			cur = minOf
		}
		fmt.Print(cur(data[i:]), " ")
	}
	fmt.Println()
}
