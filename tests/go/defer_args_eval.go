package main

import "fmt"

type P struct{ x int }

func (p P) val(tag string)  { fmt.Println(tag, "value receiver", p.x) }
func (p *P) ptr(tag string) { fmt.Println(tag, "pointer receiver", p.x) }

func get(n int) int {
	fmt.Println("evaluating", n)
	return n
}

func show(a, b int, s string) { fmt.Println("show", a, b, s) }

func main() {
	x := 1
	s := "before"
	defer show(get(x), x*10, s)
	x = 2
	s = "after"
	p := P{5}
	defer p.val("at defer")
	defer p.ptr("at return")
	p.x = 6
	defer fmt.Println("slice", []int{x, x + 1})
	fmt.Println("main body done", x, s)
}
