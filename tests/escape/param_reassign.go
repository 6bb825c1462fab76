package main

type T struct{ v int }

func pick(a, b *T, first bool) *T {
	if first {
		return a
	}
	return b
}

func walk(p *T) int {
	n := 0
	for p != nil && n < 3 {
		n++
		p = nil
	}
	return n
}

func main() {
	x, y := T{1}, T{2}
	println(pick(&x, &y, true).v, walk(&x))
}
