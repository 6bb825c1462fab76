package main

import "fmt"

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet(to string) string
}

type Base struct{ name string }

func (b Base) Name() string              { return b.name }
func (b *Base) Greet(to string) string   { return "hi " + to + " from " + b.name }
func (b *Base) Rename(n string)          { b.name = n }

type Derived struct {
	Base
	extra int
}

type Deep struct {
	*Derived
	tag string
}

type Wrap struct{ Namer }

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type Ints []int

func (x Ints) Len() int           { return len(x) }
func (x Ints) Less(i, j int) bool { return x[i] < x[j] }
func (x Ints) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Sort(data Interface) {
	n := data.Len()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func main() {
	d := Derived{Base{"d"}, 1}
	var n Namer = d
	fmt.Println(n.Name())
	var g Greeter = &d
	fmt.Println(g.Greet("you"), g.Name())
	dp := &Deep{&d, "t"}
	g = dp
	d.Rename("renamed")
	fmt.Println(g.Greet("x"))
	n = Deep{&d, "v"}
	fmt.Println(n.Name())
	w := Wrap{Base{"wrapped"}}
	n = w
	fmt.Println(n.Name())
	xs := Ints{3, 1, 4, 1, 5, 9, 2, 6}
	Sort(reverse{xs})
	fmt.Println(xs)
	Sort(xs)
	fmt.Println(xs)
	_, ok := interface{}(d).(Greeter)
	_, ok2 := interface{}(&d).(Greeter)
	fmt.Println(ok, ok2)
}
