package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(k int) func(int) int {
	return func(v int) int { return v + k }
}

func main() {
	c := counter()
	c()
	println(c(), adder(2)(3))
}
