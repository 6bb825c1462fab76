package main

type Pair struct{ a, b *int }

func mk(x, y *int) Pair { return Pair{x, y} }

func main() {
	i, j := 1, 2
	p := mk(&i, &j)
	q := p
	println(*q.a, *q.b)
}
