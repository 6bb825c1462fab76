package main

func main() {
	x := 0
	outer := func() func() int {
		return func() int {
			x++
			return x
		}
	}
	inc := outer()
	inc()
	println(inc())
}
