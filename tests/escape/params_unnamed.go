package main

func f(*int, int) int { return 0 }

func g(_ *int) {}

func h(p *int) *int { return nil }

func main() {
	x := 1
	println(f(&x, 2))
	g(&x)
	println(h(&x) == nil)
}
