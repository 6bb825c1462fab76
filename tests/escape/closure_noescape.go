package main

func main() {
	x := 1
	f := func() int { return x + 1 }
	println(f())
	y := 2
	g := func() { y++ }
	g()
	println(y)
}
