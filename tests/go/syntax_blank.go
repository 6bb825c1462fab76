package main

import (
	"fmt"
	_ "strings"
)

var _ = register("blank package var")

var registry []string

func register(s string) int {
	registry = append(registry, s)
	return len(registry)
}

type _ struct{}

func pair() (int, string) { return 1, "one" }

func (p point) _() {}

type point struct{ x, y int }

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(n, s, registry)
	var _ int = 5
	for _, v := range []int{7, 8} {
		fmt.Print(v, " ")
	}
	for i, _ := range []int{7, 8} {
		fmt.Print(i, " ")
	}
	fmt.Println()
	_ = point{}
	var m = map[string]int{"a": 1}
	if _, ok := m["a"]; ok {
		fmt.Println("has a")
	}
	a, _, c := 1, 2, 3
	fmt.Println(a, c)
}
