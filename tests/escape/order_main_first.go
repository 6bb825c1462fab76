package main

func main() {
	a := 1
	b := 2
	println(*second(&a), first(&b))
}

func first(p *int) int { return *p }

func second(p *int) *int { return p }
