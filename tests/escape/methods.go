package main

type P struct{ x int }

func (p *P) Get() int { return p.x }

func (p *P) Self() *P { return p }

func (p P) Val() int { return p.x }

var keep *P

func (p *P) Keep() { keep = p }

func main() {
	a := P{1}
	println(a.Get(), a.Val())
	b := &P{2}
	println(b.Self().x)
	c := P{3}
	c.Keep()
	println(keep.x)
}
