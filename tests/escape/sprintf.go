package main

import "fmt"

type P struct{ X, Y int }

func describe(p P) string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

func main() {
	s := describe(P{1, 2})
	fmt.Println(s, len(s))
	fmt.Printf("%v\n", P{3, 4})
}
