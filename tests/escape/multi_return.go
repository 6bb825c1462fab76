package main

func pair() (*int, *int) {
	a, b := 1, 2
	return &a, &b
}

func first(p, q *int) *int { return p }

func main() {
	x, y := pair()
	println(*x, *y)
	println(*first(pair()))
}
