// Closures stored in struct fields, called through the field.
package main

import "fmt"

type Button struct {
	Label   string
	OnClick func() string
	clicks  int
}

type Ops struct {
	add, mul func(int, int) int
}

func newButton(label string) *Button {
	b := &Button{Label: label}
	b.OnClick = func() string {
		b.clicks++
		return fmt.Sprintf("%s clicked %d", b.Label, b.clicks)
	}
	return b
}

func main() {
	b := newButton("ok")
	b.OnClick()
	fmt.Println(b.OnClick())
	ops := Ops{
		add: func(x, y int) int { return x + y },
		mul: func(x, y int) int { return x * y },
	}
	fmt.Println(ops.add(3, 4), ops.mul(3, 4))
	var empty Ops
	fmt.Println(empty.add == nil, ops.add != nil)
	ops2 := ops
	ops2.add = ops.mul
	fmt.Println(ops2.add(5, 6), ops.add(5, 6))
}
