// Nested structs: chains of field selectors for read and write, copying a
// nested struct out and back, and nesting through arrays and slices.
package main

import "fmt"

type Engine struct {
	HP   int
	Cyls [4]int
}

type Car struct {
	Model  string
	Engine Engine
	Wheels []Wheel
}

type Wheel struct {
	Size int
	Tire struct{ Brand string }
}

func main() {
	var c Car
	c.Model = "T"
	c.Engine.HP = 20
	c.Engine.Cyls[2] = 3
	c.Wheels = make([]Wheel, 2)
	c.Wheels[1].Size = 15
	c.Wheels[1].Tire.Brand = "X"
	fmt.Println(c)
	fmt.Printf("%+v\n", c)

	e := c.Engine
	e.HP = 100
	fmt.Println(c.Engine.HP, e.HP)
	c.Engine = e
	fmt.Println(c.Engine.HP)

	cars := []Car{c, {Model: "S"}}
	cars[1].Engine.Cyls[0]++
	fmt.Println(cars[1].Engine, cars[0].Engine.Cyls)

	// Copying the outer struct copies the array but shares the slice.
	d := c
	d.Engine.Cyls[2] = 99
	d.Wheels[0].Size = 17
	fmt.Println(c.Engine.Cyls[2], c.Wheels[0].Size)
}
