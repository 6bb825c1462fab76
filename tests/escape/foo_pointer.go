package main

func foo() *int {
	x := 42
	return &x
}

func main() {
	println(*foo())
}
