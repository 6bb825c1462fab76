package main

type Getter interface{ Get() int }

type T struct{ v int }

func (t *T) Get() int { return t.v }

func call(g Getter) int { return g.Get() }

func main() {
	t := &T{1}
	println(call(t))
	u := T{2}
	var g Getter = &u
	println(g.Get())
}
