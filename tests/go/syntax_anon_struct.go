package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := struct{ X, Y int }{1, 2}
	b := struct{ X, Y int }{1, 2}
	fmt.Println(a == b, a)
	var p Point = a // identical underlying types: assignable
	fmt.Println(p, Point(b) == p)
	a = p
	fmt.Println(a)
	c := struct {
		Name string
		Tags []string `json:"tags"`
		Next *struct{ V int }
	}{Name: "n", Tags: []string{"x"}}
	c.Next = &struct{ V int }{7}
	fmt.Println(c.Name, c.Tags, c.Next.V)
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, q := range pts {
		fmt.Println(Point(q))
	}
	m := map[struct{ A, B string }]int{{"a", "b"}: 1}
	m[struct{ A, B string }{"a", "b"}]++
	fmt.Println(m)
	var empty struct{}
	fmt.Println(empty == struct{}{}, fmt.Sprintf("%v %+v", empty, c.Next))
	fmt.Printf("%T\n", a)
}
