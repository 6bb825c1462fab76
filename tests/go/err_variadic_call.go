package main

func f(xs ...int) {}
func g(a int, xs ...int) {}

func main() {
	s := []int{1}
	f(1, s...)
	g(s...)
	var t []string
	f(t...)
}
