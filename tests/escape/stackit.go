package main

func main() {
	_ = stackIt2()
	main3()
}

//go:noinline
func stackIt2() *int {
	y := 2
	res := y * 2
	return &res
}

func main3() {
	y := 2
	_ = stackIt3(&y) // pass y down the stack as a pointer
}

//go:noinline
func stackIt3(y *int) int {
	res := *y * 2
	return res
}
