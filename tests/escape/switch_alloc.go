package main

type T struct{ v int }

func choose(n int) *T {
	var t *T
	switch n {
	case 1:
		t = &T{1}
	default:
		t = new(T)
	}
	return t
}

func local(n int) int {
	switch {
	case n > 0:
		p := &T{n}
		return p.v
	}
	return 0
}

func main() {
	println(choose(1).v, local(2))
}
