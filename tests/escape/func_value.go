package main

func apply(f func(*int) int, p *int) int { return f(p) }

func get(p *int) int { return *p }

func main() {
	x := 1
	println(apply(get, &x))
	var h func(*int) int = get
	y := 2
	println(h(&y))
}
