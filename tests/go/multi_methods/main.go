package main

import "fmt"

func total(ss []Shape) float64 {
	t := 0.0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}

func main() {
	r := &Rect{2, 3}
	r.Scale(2)
	ss := []Shape{*r, Circle{1}, Rect{1, 1}}
	for _, s := range ss {
		fmt.Printf("%s: %.3f\n", s.Name(), s.Area())
	}
	fmt.Printf("total %.3f\n", total(ss))
}
