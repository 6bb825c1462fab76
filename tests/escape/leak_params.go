package main

var g *int

func id(p *int) *int { return p }

func deref(p **int) *int { return *p }

func store(p *int) { g = p }

func storeContent(p **int) { g = *p }

func nothing(p *int) int { return *p }

func two(a, b *int) (*int, *int) { return b, a }

func main() {
	x, y := 1, 2
	_ = id(&x)
	p := &y
	_ = deref(&p)
	z := 3
	store(&z)
	w := 4
	q := &w
	storeContent(&q)
	v := 5
	_ = nothing(&v)
	a, b := 6, 7
	r, s := two(&a, &b)
	println(*r, *s)
}
