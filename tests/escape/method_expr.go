package main

type T struct{ v int }

func (t *T) Ptr() *int { return &t.v }

func (t T) Val() int { return t.v }

func main() {
	f := (*T).Ptr
	g := T.Val
	x := T{1}
	println(*f(&x), g(x))
}
