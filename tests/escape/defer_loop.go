package main

func f(p *int) { *p++ }

func main() {
	x := 0
	defer f(&x)
	for i := 0; i < 2; i++ {
		y := i
		defer f(&y)
	}
	println(x)
}
