// Named struct types: zero values, field reads and writes, fields of every
// kind, structs as parameters and results.
package main

import "fmt"

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Scores  map[string]int
	Address struct {
		City string
		Zip  int
	}
}

type Rect struct {
	W, H float64
}

func area(r Rect) float64 { return r.W * r.H }

func scale(r Rect, f float64) Rect {
	r.W *= f
	r.H *= f
	return r
}

func main() {
	var p Person
	fmt.Printf("%q %d %v %v %v\n", p.Name, p.Age, p.Tags == nil, p.Scores == nil, p.Address)
	p.Name = "Ada"
	p.Age = 36
	p.Tags = append(p.Tags, "math")
	p.Scores = map[string]int{"logic": 10}
	p.Address.City = "London"
	p.Address.Zip = 1815
	fmt.Println(p.Name, p.Age, p.Tags, p.Scores["logic"], p.Address.City, p.Address.Zip)
	fmt.Println(p)

	r := Rect{3, 4}
	fmt.Println(area(r), area(scale(r, 2)), r)

	p.Age++
	p.Age += 10
	fmt.Println(p.Age)

	// Struct fields as operands of compound expressions.
	rs := Rect{W: 1.5}
	rs.H = rs.W * 2
	fmt.Println(rs, rs.W+rs.H)
}
