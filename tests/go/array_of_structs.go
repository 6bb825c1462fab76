// Arrays of structs: field writes through an index, copies of elements,
// literals with elided element types.
package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	ps := [3]Point{{1, 2}, {3, 4}, {X: 5}}
	fmt.Println(ps)

	ps[0].X = 10
	ps[2].Y++
	fmt.Println(ps)

	q := ps[1]
	q.X = -1
	fmt.Println(ps[1], q)

	for _, p := range ps {
		p.Y = 0 // a copy
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].Y = 0
	}
	fmt.Println(ps)

	total := Point{}
	for _, p := range ps {
		total.X += p.X
		total.Y += p.Y
	}
	fmt.Printf("%+v\n", total)

	var zero [2]Point
	fmt.Printf("%v %+v\n", zero, zero)

	type named struct {
		name string
		age  int
	}
	people := [...]named{{"ann", 30}, {"bob", 25}}
	oldest := people[0]
	for _, p := range people {
		if p.age > oldest.age {
			oldest = p
		}
	}
	fmt.Println(len(people), oldest.name)
}
