package main

func main() {
	f := func(p *int) int { return *p }
	x := 1
	println(f(&x))
	func(q *int) {
		*q = 2
	}(&x)
	println(x)
}
