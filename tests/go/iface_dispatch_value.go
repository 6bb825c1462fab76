package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (s Square) Area() float64    { return s.S * s.S }
func (s Square) Perimeter() float64 {
	return 4 * s.S
}

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{3, 4}, Square{2}, Rect{1, 1}}
	for i, s := range shapes {
		fmt.Println(i, s.Area(), s.Perimeter())
	}
	fmt.Println("total", total(shapes))
	var s Shape = Square{5}
	fmt.Println(s.Area())
	s = Rect{2, 5}
	fmt.Println(s.Perimeter())
}
