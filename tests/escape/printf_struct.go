package main

import "fmt"

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("P(%d)", p.X) }

func main() {
	p := P{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, &p)
	q := &P{3, 4}
	fmt.Println(q)
}
