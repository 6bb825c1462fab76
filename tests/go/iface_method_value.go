package main

import "fmt"

type Adder interface{ Add(n int) int }
type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }

type Shower interface{ Show(prefix string) string }
type V struct{ x, y int }

func (v V) Show(p string) string { return fmt.Sprint(p, v.x, ",", v.y) }

func apply(f func(int) int, xs []int) int {
	r := 0
	for _, x := range xs {
		r = f(x)
	}
	return r
}

func main() {
	var a Adder = &Acc{}
	f := a.Add
	fmt.Println(apply(f, []int{1, 2, 3}))
	a = &Acc{100}
	fmt.Println(f(10), a.Add(1))
	var s Shower = V{1, 2}
	g := s.Show
	s = V{3, 4}
	fmt.Println(g("v="), s.Show("w="))
	fs := []func(string) string{g, s.Show}
	for _, h := range fs {
		fmt.Println(h(">"))
	}
}
