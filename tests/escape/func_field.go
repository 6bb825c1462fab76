package main

type Handler struct {
	fn func(int) int
}

func double(n int) int { return n * 2 }

func main() {
	h := Handler{fn: double}
	k := 3
	h2 := Handler{fn: func(n int) int { return n + k }}
	println(h.fn(2), h2.fn(1))
}
