package main

var g **int

func level2(pp **int) int { return **pp }

func keepOuter(pp **int) { g = pp }

func main() {
	a := 1
	p := &a
	println(level2(&p))
	b := 2
	q := &b
	keepOuter(&q)
	println(**g)
}
