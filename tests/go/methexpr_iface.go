// Method expressions of interface types: I.M is a func(I, args...) that
// calls M on its first argument (a nil interface panics there).
package main

import "fmt"

type I interface {
	M(int) string
	N() int
}

type T struct{ v int }

func (t T) M(k int) string { return fmt.Sprint("T", t.v, k) }
func (t T) N() int          { return t.v }

type P struct{ s string }

func (p *P) M(k int) string { return p.s + fmt.Sprint(k) }
func (p *P) N() int          { return len(p.s) }

func main() {
	f := I.M
	g := I.N
	fmt.Println(f(T{3}, 4), g(T{5}), I.M(&P{"p"}, 7), I.N(&P{"abc"}))
	fs := []func(I) int{I.N, func(i I) int { return -i.N() }}
	for _, h := range fs {
		fmt.Println(h(T{9}))
	}
	fmt.Printf("%T\n", f)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilI I
	g(nilI)
}
