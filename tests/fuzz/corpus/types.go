package main

import "fmt"

type Point struct {
	X, Y int
	name string `json:"name"`
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) String() string   { return fmt.Sprint(p.X, p.Y) }

type Pair = [2]int

func main() {
	p := &Point{X: 1, Y: 2}
	p.Move(1, 1)
	m := map[string][]int{"a": {1, 2}, "b": nil}
	var arr [3]Pair
	sl := arr[:2:3]
	var f func(int) (int, error)
	ch := make(chan int, 1)
	var ro <-chan int = ch
	ch <- 1
	v, ok := <-ro
	var i interface{} = p
	switch t := i.(type) {
	case *Point:
		fmt.Println(t, m, sl, f == nil, v, ok)
	case nil:
	}
	_ = i.(fmt.Stringer)
}
