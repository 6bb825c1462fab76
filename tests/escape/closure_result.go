package main

func main() {
	p := func() *int {
		x := 1
		return &x
	}()
	q := func(a *int) *int { return a }
	v := 2
	println(*p, *q(&v))
}
