package main

type Inner struct{ v int }

func (i *Inner) Get() int { return i.v }

type Outer struct {
	Inner
	w int
}

func main() {
	o := Outer{Inner{1}, 2}
	println(o.Get(), o.v, o.w)
	p := &Outer{}
	println(p.Get())
}
