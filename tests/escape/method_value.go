package main

type P struct{ x int }

func (p *P) Get() int { return p.x }

func main() {
	a := &P{1}
	f := a.Get
	println(f())
}
