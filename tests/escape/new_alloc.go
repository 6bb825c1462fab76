package main

type T struct{ a, b int }

func keep() *T { return new(T) }

func local() int {
	p := new(T)
	p.a = 3
	return p.a + p.b
}

func main() {
	println(keep().a, local())
	n := new(int)
	*n = 5
	println(*n)
}
